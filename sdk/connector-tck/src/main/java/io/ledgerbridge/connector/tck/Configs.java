package io.ledgerbridge.connector.tck;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A connector's configuration annotation (its OCD, a DS component property type) built from properties as DS builds
 * it from ConfigAdmin: the map's value converted to the element's type, else the element's default.
 */
public final class Configs {
    private Configs() {}

    /**
     * Makes an instance of a component property type.
     *
     * <p>Element names map to property keys as in DS ({@code $$} is {@code $}, {@code __} is {@code _}, {@code _}
     * is {@code .}, a single {@code $} is dropped). Values convert from strings, numbers, booleans, arrays and
     * collections: a list or array for a scalar element gives its first value, a scalar for an array element a
     * one-element array; a missing value without default is an empty array, {@code 0}, {@code false} or null.
     *
     * @param type the annotation type, e.g. {@code SevdeskConfig.class}
     * @param properties the configuration, e.g. {@code Map.of("apiToken", "…", "sendType", "VPDF")}
     * @param <A> the annotation type
     * @return an instance answering from the properties
     */
    public static <A extends Annotation> A of(Class<A> type, Map<String, ?> properties) {
        Map<String, ?> values = Collections.unmodifiableMap(new HashMap<>(properties));
        Object proxy = Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> type.getSimpleName() + values;
                    case "hashCode" -> values.hashCode();
                    case "equals" -> self == args[0];
                    default -> value(method, values.get(key(method.getName())));
                });
        return type.cast(proxy);
    }

    /** The property key of an element name, as DS derives it. */
    static String key(String element) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < element.length(); i++) {
            char c = element.charAt(i);
            boolean doubled = i + 1 < element.length() && element.charAt(i + 1) == c;
            if (c == '$') {
                if (doubled) {
                    out.append('$');
                    i++;
                }
            } else if (c == '_') {
                out.append(doubled ? '_' : '.');
                i += doubled ? 1 : 0;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Object value(Method element, Object raw) {
        Object value = raw != null ? raw : element.getDefaultValue();
        return convert(value, element.getReturnType(), element.getName());
    }

    static Object convert(Object value, Class<?> target, String name) {
        if (target.isArray()) {
            List<?> items = items(value);
            Object array = Array.newInstance(target.getComponentType(), items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(array, i, convert(items.get(i), target.getComponentType(), name));
            }
            return array;
        }
        List<?> items = items(value);
        Object single = items.isEmpty() ? null : items.get(0);
        if (single == null) {
            return target == boolean.class ? Boolean.FALSE : target.isPrimitive() ? convert("0", target, name) : null;
        }
        if (target.isInstance(single) && !target.isPrimitive()) {
            return single;
        }
        return scalar(single.toString().strip(), target, name);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object scalar(String text, Class<?> target, String name) {
        try {
            if (target == String.class) {
                return text;
            } else if (target == boolean.class || target == Boolean.class) {
                return Boolean.parseBoolean(text);
            } else if (target == int.class || target == Integer.class) {
                return Integer.valueOf(text);
            } else if (target == long.class || target == Long.class) {
                return Long.valueOf(text);
            } else if (target == double.class || target == Double.class) {
                return Double.valueOf(text);
            } else if (target == float.class || target == Float.class) {
                return Float.valueOf(text);
            } else if (target.isEnum()) {
                return Enum.valueOf((Class<Enum>) target, text);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    name + ": cannot convert '" + text + "' to " + target.getSimpleName(), e);
        }
        throw new IllegalArgumentException(name + ": unsupported element type " + target.getName());
    }

    private static List<?> items(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value.getClass().isArray()) {
            Object[] boxed = new Object[Array.getLength(value)];
            Arrays.setAll(boxed, i -> Array.get(value, i));
            return Arrays.asList(boxed);
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        return List.of(value);
    }
}
