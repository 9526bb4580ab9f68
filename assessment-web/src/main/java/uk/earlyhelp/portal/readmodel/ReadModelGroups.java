package uk.earlyhelp.portal.readmodel;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The read models' processing groups: those of every {@code @ProcessingGroup} bean of assessment-query (package
 * {@code uk.earlyhelp.query}), read from the bean definitions, so a new projection there joins without being listed.
 * A read model is rebuilt by a replay from the start; the Mosaic projector and the portal's emails are not read models.
 */
@Component
public class ReadModelGroups {

    static final String READ_MODEL_PACKAGE = "uk.earlyhelp.query";

    private final SortedSet<String> names = new TreeSet<>();

    ReadModelGroups(ListableBeanFactory beans) {
        for (String bean : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            Class<?> type = beans.getType(bean, false);
            ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class, false);
            if (type != null && group != null && type.getPackageName().startsWith(READ_MODEL_PACKAGE)) {
                names.add(group.value());
            }
        }
    }

    public SortedSet<String> names() {
        return Collections.unmodifiableSortedSet(names);
    }

    public boolean contains(String name) {
        return names.contains(name);
    }
}
