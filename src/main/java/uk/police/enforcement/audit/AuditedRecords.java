package uk.police.enforcement.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
/**
 * The records a request created when there are several (a batch): the audit log then writes one
 * entry per record, as it does for single creates, instead of one for the request.
 */
@RequestScoped
public class AuditedRecords {

    private final List<UUID> created = new ArrayList<>();

    public void created(Collection<UUID> ids) {
        created.addAll(ids);
    }

    List<UUID> created() {
        return created;
    }
}
