package uk.police.enforcement.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
/**
 * Readiness names the audit writer: while it cannot commit consultation entries every read gets a 503 (a read
 * that cannot be logged as s.62 requires is not answered), so a load balancer should send reads elsewhere. The
 * database's own check (Agroal's) sits beside it in the same JSON.
 */
@Readiness
@ApplicationScoped
public class AuditWriterReadiness implements HealthCheck {

    private final ConsultationLog log;

    AuditWriterReadiness(ConsultationLog log) {
        this.log = log;
    }

    @Override
    public HealthCheckResponse call() {
        ConsultationLog.State state = log.state();
        return HealthCheckResponse.named("audit-writer").status(state.ready())
                .withData("accepting", state.accepting()).withData("writers_running", state.writersRunning())
                .withData("last_commit_failed", state.lastCommitFailed()).withData("pending_entries", state.pending())
                .build();
    }
}
