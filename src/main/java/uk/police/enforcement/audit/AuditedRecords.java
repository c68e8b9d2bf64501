package uk.police.enforcement.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
/**
 * What a request did to records beyond its path: the records it created when there are several (a batch),
 * for which the audit log writes one entry per record as it does for single creates; the records a lookup
 * returned, likewise; and how many records a bulk export disclosed, and to whom, which its entry states.
 */
@RequestScoped
public class AuditedRecords {

    private final List<UUID> created = new ArrayList<>();
    private final List<UUID> listed = new ArrayList<>();
    private Long disclosed;
    private String recipient;
    private String concernsType;
    private UUID concernsId;

    public void created(Collection<UUID> ids) {
        created.addAll(ids);
    }

    List<UUID> created() {
        return created;
    }

    /** The records a list answered with: a lookup by reference logs one entry for each. */
    public void listed(Collection<UUID> ids) {
        listed.addAll(ids);
    }

    List<UUID> listed() {
        return listed;
    }

    /** To whom a bulk export discloses its records. */
    public void disclosedTo(String recipient) {
        this.recipient = recipient;
    }

    String recipient() {
        return recipient;
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
