package uk.police.enforcement.change;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.api.model.ChangeData;
import uk.police.enforcement.api.model.ChangeEvent;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.web.EntityTags;
/** A feed entry as the CloudEvents 1.0 event that the feed pages and webhook deliveries both carry. */
@ApplicationScoped
public class ChangeEvents {

    static final String TYPE_PREFIX = "uk.police.enforcement.";
    /** The collection each kind of record is read from. */
    private static final Map<String, String> COLLECTIONS = Map.of("operation", "operations",
            "action", "enforcement-actions", "agency", "partner-agencies", "notice", "partner-notices", "hold", "holds",
            "publication", "publications", "referral", "referrals", "crime", "crimes", "device", "devices");

    private final String source;

    public ChangeEvents(EnforcementConfig config) {
        this.source = config.changes().source();
    }

    public ChangeEvent toApi(ChangeFeed.Entry entry) {
        String subject = COLLECTIONS.get(entry.kind()) + "/" + entry.recordId();
        return new ChangeEvent()
                .specversion("1.0")
                .id(entry.id())
                .source(source)
                .type(entry.type())
                .subject(subject)
                .time(entry.occurredAt())
                .datacontenttype("application/json")
                .data(new ChangeData()
                        .id(entry.recordId())
                        .version(EntityTags.of(entry.version()))
                        .securityMarking(entry.securityMarking() == null ? null
                                : SecurityMarking.fromValue(entry.securityMarking()))
                        .href("/api/v2/" + subject));
    }
}
