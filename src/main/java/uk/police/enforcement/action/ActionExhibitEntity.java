package uk.police.enforcement.action;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
/**
 * One exhibit reference of one action (V14), written only by the database's triggers from the action's
 * {@code exhibit_references}; mapped so that list queries can look an exhibit up by its index.
 */
@Entity
@Immutable
@Table(name = "action_exhibit")
public class ActionExhibitEntity {

    @EmbeddedId
    public Key key;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "exhibit_reference")
        public String exhibitReference;

        @Column(name = "action_id")
        public UUID actionId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(exhibitReference, key.exhibitReference)
                    && java.util.Objects.equals(actionId, key.actionId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(exhibitReference, actionId);
        }
    }
}
