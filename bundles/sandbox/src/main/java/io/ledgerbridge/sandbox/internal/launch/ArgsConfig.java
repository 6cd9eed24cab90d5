package io.ledgerbridge.sandbox.internal.launch;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@link SandboxConfig} from command-line arguments {@code key=value} (or {@code --key=value}) with the names of
 * the Karaf configuration ({@code sevdesk.port}, {@code billomat.quota}, ...) and its defaults.
 */
public final class ArgsConfig {

    private ArgsConfig() {}

    /**
     * @param args e.g. {@code host=0.0.0.0 sevdesk.port=8281 onecockpit.port=-1}
     * @return the configuration, every property not given at its default
     * @throws IllegalArgumentException naming the argument and what is wrong with it
     */
    public static SandboxConfig parse(String... args) {
        Map<String, Method> properties = properties();
        Map<String, Object> values = new HashMap<>();
        for (String arg : args) {
            String option = arg.startsWith("--") ? arg.substring(2) : arg;
            int eq = option.indexOf('=');
            String key = eq < 0 ? option : option.substring(0, eq);
            Method property = properties.get(key);
            if (property == null) {
                throw new IllegalArgumentException(
                        "unknown option '" + arg + "'; known: " + new TreeSet<>(properties.keySet()));
            }
            if (eq < 0) {
                throw new IllegalArgumentException("option '" + key + "' needs a value: " + key + "=...");
            }
            values.put(
                    key,
                    convert(
                            key,
                            property.getReturnType(),
                            option.substring(eq + 1).trim()));
        }
        return (SandboxConfig) Proxy.newProxyInstance(
                SandboxConfig.class.getClassLoader(), new Class<?>[] {SandboxConfig.class}, (proxy, method, a) -> {
                    if (method.getName().equals("annotationType")) {
                        return SandboxConfig.class;
                    }
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "SandboxConfig" + values : null;
                    }
                    return values.getOrDefault(name(method), method.getDefaultValue());
                });
    }

    /** The option names: {@code sevdesk.port} for {@code sevdesk_port()}, as OSGi maps them. */
    public static Map<String, Method> properties() {
        Map<String, Method> properties = new HashMap<>();
        Arrays.stream(SandboxConfig.class.getDeclaredMethods()).forEach(m -> properties.put(name(m), m));
        return properties;
    }

    private static String name(Method property) {
        return property.getName().replace('_', '.');
    }

    private static Object convert(String key, Class<?> type, String text) {
        if (type == String.class) {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("option '" + key + "' must not be empty");
            }
            return text;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + key + "' must be a whole number, not '" + text + "'");
        }
    }
}
