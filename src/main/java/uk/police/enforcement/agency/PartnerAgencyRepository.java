package uk.police.enforcement.agency;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.api.model.AgencyType;
import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class PartnerAgencyRepository implements PanacheRepositoryBase<PartnerAgencyEntity, UUID> {

    public Optional<PartnerAgencyEntity> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean codeTaken(String code, UUID exceptId) {
        return count("code = ?1 and id <> ?2", code, exceptId) > 0;
    }

    public Page<PartnerAgencyEntity> page(Boolean active, AgencyType kind, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        KeysetQuery query = new KeysetQuery()
                .and("active = :active", "active", active)
                .and("kind = :kind", "kind", kind);
        if (after != null) {
            query.after("code", after.get(0), "id", Cursor.parse(after.get(1), UUID::fromString));
        }
        List<PartnerAgencyEntity> rows = query.fetch(this, "code", "id", limit);
        return Page.fromOverfetch(rows, limit, a -> Cursor.encode(a.code, a.id.toString()));
    }
}
