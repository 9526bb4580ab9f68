package uk.earlyhelp.portal.cluster;

import java.lang.management.ManagementFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name ({@code portal.cluster.node-name}, e.g. EHP_NODE_NAME): it signs segment claims and job leases.
 * Unset, the JVM's pid@host, as Axon would use; two nodes must never share one, or each would take the other's claims
 * for its own.
 */
@Component
public class NodeName {

    private final String name;

    NodeName(@Value("${portal.cluster.node-name:}") String configured) {
        this.name = configured == null || configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName()
                : configured.strip();
    }

    public String value() {
        return name;
    }
}
