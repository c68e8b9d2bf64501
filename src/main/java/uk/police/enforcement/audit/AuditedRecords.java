package uk.police.enforcement.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
/**
 * What a request did to records beyond its path: the records it created when there are several (a batch),
 * for which the audit log writes one entry per record as it does for single creates, and how many records
 * a bulk export disclosed, which its entry states.
 */
@RequestScoped
public class AuditedRecords {

    private final List<UUID> created = new ArrayList<>();
    private Long disclosed;
    private String concernsType;
    private UUID concernsId;

    public void created(Collection<UUID> ids) {
        created.addAll(ids);
    }

    List<UUID> created() {
        return created;
    }

    /** The record the request acted on when its path names another (a disposal's approval erases a record). */
    public void concerns(String resourceType, UUID id) {
        concernsType = resourceType;
        concernsId = id;
    }

    String concernsType() {
        return concernsType;
    }

    UUID concernsId() {
        return concernsId;
    }

    public void disclosed(long rows) {
        disclosed = rows;
    }

    Long disclosed() {
        return disclosed;
    }
}
