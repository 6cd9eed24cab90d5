package io.ledgerbridge.connector.tck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Captures what is logged while it is open, wherever slf4j-simple writes (as the connectors' tests log): its log file
 * (read from where it ended when the capture started), or {@code System.err}/{@code System.out} (teed).
 * The target is read as slf4j-simple reads it: system property, then {@code simplelogger.properties}.
 */
public final class LogCapture implements AutoCloseable {
    static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    private final Path file;
    private final long offset;
    private final ByteArrayOutputStream teed = new ByteArrayOutputStream();
    private final PrintStream original;
    private final boolean stdout;

    private LogCapture(String target) {
        this.stdout = "System.out".equals(target);
        if ("System.err".equals(target) || stdout) {
            this.file = null;
            this.offset = 0;
            this.original = stdout ? System.out : System.err;
            PrintStream tee = new PrintStream(new Tee(original, teed), true, StandardCharsets.UTF_8);
            if (stdout) {
                System.setOut(tee);
            } else {
                System.setErr(tee);
            }
        } else {
            this.file = Path.of(target).toAbsolutePath();
            this.offset = size(file);
            this.original = null;
        }
    }

    /**
     * Starts capturing.
     *
     * @return the capture; close it to stop (a capture of {@code System.err} restores it)
     */
    public static LogCapture start() {
        return new LogCapture(target());
    }

    /**
     * Where slf4j-simple writes: {@code System.err} unless configured otherwise.
     *
     * @return a file path, {@code System.err} or {@code System.out}
     */
    public static String target() {
        String configured = System.getProperty(LOG_FILE);
        if (configured != null) {
            return configured;
        }
        Properties properties = new Properties();
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream("simplelogger.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read simplelogger.properties", e);
        }
        return properties.getProperty(LOG_FILE, "System.err");
    }

    /** @return what was logged since the capture started (so far, while still open) */
    public synchronized String text() {
        if (file == null) {
            return teed.toString(StandardCharsets.UTF_8);
        }
        long size = size(file);
        long from = size < offset ? 0 : offset; // the logger truncated its file when it started after us
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, size - from)];
            in.seek(from);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log " + file, e);
        }
    }

    /** @return where the capture reads: the log file, or the stream it tees */
    public String source() {
        return file != null ? file.toString() : stdout ? "System.out" : "System.err";
    }

    @Override
    public void close() {
        if (original != null) {
            if (stdout) {
                System.setOut(original);
            } else {
                System.setErr(original);
            }
        }
    }

    private static long size(Path path) {
        try {
            return Files.exists(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log " + path, e);
        }
    }

    /** Writes to the original stream and the capture buffer. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final ByteArrayOutputStream second;

        Tee(OutputStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            synchronized (second) {
                second.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            synchronized (second) {
                second.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            first.flush();
        }
    }
}
