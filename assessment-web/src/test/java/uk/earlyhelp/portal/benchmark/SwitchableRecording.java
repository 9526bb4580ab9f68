package uk.earlyhelp.portal.benchmark;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.portal.audit.access.AccessLog;

/**
 * For {@link AccessRecordingBenchmark} only (added through {@code spring.main.sources}): the portal's access log, but
 * one whose recording of reads can be switched off, so that the same page is timed with and without it, alternately,
 * in one portal under the same load. The portal itself has no such switch.
 */
@Configuration(proxyBeanMethods = false)
public class SwitchableRecording {

    /** The access log, with reads recorded only while {@link #recording} is on. */
    static final class SwitchableAccessLog extends AccessLog {

        private volatile boolean recording = true;

        SwitchableAccessLog(JdbcTemplate jdbc, Clock clock) {
            super(jdbc, clock);
        }

        void recording(boolean on) {
            recording = on;
        }

        @Override
        public void recordRead(String actorId, String what, String assessmentId, String detail) {
            if (recording) {
                super.recordRead(actorId, what, assessmentId, detail);
            }
        }
    }

    @Bean
    static BeanPostProcessor switchableAccessLog(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean.getClass() == AccessLog.class
                        ? new SwitchableAccessLog(jdbc.getObject(), clock.getObject()) : bean;
            }
        };
    }
}
