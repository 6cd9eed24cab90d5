package io.ledgerbridge.ui.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which file of the bundle answers a path below {@code /ui}, and as what content type. Only plain names of known
 * file types are served: no {@code ..}, no hidden files, no directories (except {@code /}, the index page).
 */
final class UiResources {
    /** The folder of the UI inside the bundle. */
    static final String ROOT = "/ui";

    static final String INDEX = "/index.html";

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8");

    private UiResources() {}

    /**
     * The resource path inside the bundle for a request's path info (the part after {@code /ui}), or empty when no
     * file may answer it.
     *
     * @param pathInfo e.g. {@code /js/api.js}; {@code /} means the index page
     */
    static Optional<String> resolve(String pathInfo) {
        if (pathInfo == null || pathInfo.isEmpty()) {
            return Optional.empty();
        }
        if (pathInfo.equals("/")) {
            return Optional.of(ROOT + INDEX);
        }
        if (!pathInfo.startsWith("/") || pathInfo.endsWith("/") || pathInfo.length() > 200) {
            return Optional.empty();
        }
        String[] segments = pathInfo.substring(1).split("/", -1);
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return Optional.empty();
            }
        }
        return contentType(pathInfo).map(type -> ROOT + pathInfo);
    }

    /** The content type of a file name by its extension, or empty for a type the UI does not serve. */
    static Optional<String> contentType(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        if (dot < 0 || dot < slash) {
            return Optional.empty();
        }
        return Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
