package io.ledgerbridge.rest.internal;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Hand-written stand-ins for the servlet container in unit tests: a request to a servlet at {@code /api/v1/things}
 * and a response that records status, headers and body. Methods not modelled answer null, 0 or false.
 */
final class FakeHttp {
    static final String CONTEXT_PATH = "/api";
    static final String SERVLET_PATH = "/v1/things";

    private FakeHttp() {}

    /** A request of an admin with the method and the path below the servlet ({@code null} for the servlet itself). */
    static HttpServletRequest request(String method, String pathInfo) {
        Map<String, Object> attributes = new HashMap<>(Map.of(Caller.ATTRIBUTE, new Caller("root", Set.of("admin"))));
        return proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getMethod" -> method;
            case "getPathInfo" -> pathInfo;
            case "getContextPath" -> CONTEXT_PATH;
            case "getServletPath" -> SERVLET_PATH;
            case "getRequestURI" -> CONTEXT_PATH + SERVLET_PATH + (pathInfo == null ? "" : pathInfo);
            case "getProtocol" -> "HTTP/1.1";
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            default -> Unmodelled.VALUE;
        });
    }

    /** Records what a servlet answers. */
    static final class Response {
        int status = 200;
        final Map<String, String> headers = new LinkedHashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final HttpServletResponse servletResponse = proxy(HttpServletResponse.class, (name, args) -> switch (name) {
            case "setStatus", "sendError" -> status = (Integer) args[0];
            case "getStatus" -> status;
            case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
            case "getHeader" -> headers.get((String) args[0]);
            case "containsHeader" -> headers.containsKey((String) args[0]);
            case "setContentType" -> headers.put("Content-Type", (String) args[0]);
            case "getOutputStream" -> outputStream();
            default -> Unmodelled.VALUE;
        });

        String body() {
            return body.toString(StandardCharsets.UTF_8);
        }

        private ServletOutputStream outputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
        }
    }

    /** Answers a call by method name and arguments; {@link Unmodelled#VALUE} stands for "the type's default". */
    @FunctionalInterface
    private interface Calls {
        Object answer(String name, Object[] args);
    }

    private enum Unmodelled {
        VALUE
    }

    private static <T> T proxy(Class<T> type, Calls calls) {
        Object fake =
                Proxy.newProxyInstance(FakeHttp.class.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
                    Object answer = calls.answer(method.getName(), args);
                    return answer == Unmodelled.VALUE || method.getReturnType() == void.class
                            ? defaultOf(method)
                            : answer;
                });
        return type.cast(fake);
    }

    private static Object defaultOf(Method method) {
        Class<?> type = method.getReturnType();
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
