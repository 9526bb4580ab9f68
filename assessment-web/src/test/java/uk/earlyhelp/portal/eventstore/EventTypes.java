package uk.earlyhelp.portal.eventstore;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * Every event type the domain publishes (assessments' and professional relationships'), found on the classpath
 * (so a new event cannot be left out of the serialization check), and an example of each with every field filled.
 */
final class EventTypes {

    private EventTypes() {
    }

    static List<Class<?>> all() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.earlyhelp.assessment.api", "uk.earlyhelp.relationship.api").stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(Revision.class))
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getSimpleName))
                .<Class<?>>map(type -> type)
                .toList();
    }

    static Object example(Class<?> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
                values[i] = value(components[i]);
            }
            return type.getDeclaredConstructor(parameterTypes).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " is not a record the check can build", e);
        }
    }

    private static Object value(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) return component.getName() + "-Zoë \"<b>\"";
        if (type == int.class) return 3;
        if (type == boolean.class) return true;
        if (type == Map.class) return Map.of("dateOfBirth", List.of("1990-05-09"), "presentingNeeds", List.of("housing", "other"),
                "story", List.of("line one\nline two – Nguyễn"));
        if (type.isEnum()) return type.getEnumConstants()[type.getEnumConstants().length - 1];
        if (type.isRecord()) return example(type); // a value inside an event, e.g. a child's details
        throw new IllegalStateException("No example value for " + type + " in " + component);
    }
}
