package dk.tilknyt.demo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The one place the demo touches the import module: every generated file goes through
 * {@code Importer.run(kind, UPSERT, ImportSource.of(file, "text/csv"), username)}, exactly the path of an
 * uploaded file, with its checks. The call is made by name because the two modules were written side by
 * side; once both are on one branch it can become a direct call (three lines).
 */
@Component
class DemoImport {

    private static final String PACKAGE = "dk.tilknyt.imports.";

    private final ApplicationContext context;

    DemoImport(ApplicationContext context) {
        this.context = context;
    }

    boolean available() {
        try {
            Class.forName(PACKAGE + "Importer");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Imports one file in upsert mode; a rejected file throws with the importer's message. */
    void importFile(String kind, Path csv, String username) {
        try {
            Class<?> importerType = Class.forName(PACKAGE + "Importer");
            Class<?> kindType = Class.forName(PACKAGE + "ImportKind");
            Class<?> modeType = Class.forName(PACKAGE + "ImportMode");
            Class<?> sourceType = Class.forName(PACKAGE + "ImportSource");
            Object kindValue = ((Optional<?>) kindType.getMethod("fromCode", String.class).invoke(null, kind)).orElseThrow();
            Object mode = modeType.getMethod("valueOf", String.class).invoke(null, "UPSERT");
            Object source = sourceType.getMethod("of", Path.class, String.class).invoke(null, csv, "text/csv");
            Method run = Arrays.stream(importerType.getMethods())
                    .filter(m -> m.getName().equals("run") && Arrays.equals(m.getParameterTypes(),
                            new Class<?>[] {kindType, modeType, sourceType, String.class}))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Importer.run(kind, mode, source, username) not found"));
            run.invoke(context.getBean(importerType), kindValue, mode, source, username);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The import module is not available: " + e.getMessage(), e);
        }
    }
}
