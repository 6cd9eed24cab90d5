package io.ledgerbridge.connector.tck;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/**
 * Ends a DS component as Service Component Runtime does: calls the deactivate method its component description
 * ({@code OSGI-INF/<class>.xml}, written by bnd) names, {@code deactivate} by default.
 */
final class Components {
    private Components() {}

    static void deactivate(Object component) {
        Class<?> type = component.getClass();
        Optional<Method> method = deactivateMethod(type, deactivateName(type));
        if (method.isEmpty()) {
            return; // DS calls nothing when the component has no such method
        }
        try {
            Method m = method.get();
            m.setAccessible(true);
            m.invoke(component, arguments(m));
        } catch (InvocationTargetException e) {
            throw new AssertionError(
                    type.getSimpleName() + "." + method.get().getName() + " failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method.get(), e);
        }
    }

    /** The deactivate attribute of the component description, "deactivate" when absent or not found. */
    static String deactivateName(Class<?> type) {
        URL description = type.getClassLoader().getResource("OSGI-INF/" + type.getName() + ".xml");
        if (description == null) {
            return "deactivate";
        }
        try (InputStream in = description.openStream()) {
            Element root = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(in)
                    .getDocumentElement();
            return root.hasAttribute("deactivate") ? root.getAttribute("deactivate") : "deactivate";
        } catch (IOException | org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("cannot read the component description " + description, e);
        }
    }

    private static Optional<Method> deactivateMethod(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && supported(m)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean supported(Method m) {
        for (Class<?> p : m.getParameterTypes()) {
            if (p != int.class && p != Integer.class && p != Map.class && !p.isAnnotation()) {
                return false;
            }
        }
        return true;
    }

    /** Reason 1 (the component was disabled) for int parameters, empty properties, default configurations. */
    @SuppressWarnings("unchecked")
    private static Object[] arguments(Method m) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = types[i] == Map.class
                    ? Map.of()
                    : types[i].isAnnotation()
                            ? Configs.of((Class<? extends java.lang.annotation.Annotation>) types[i], Map.of())
                            : 1;
        }
        return args;
    }
}
