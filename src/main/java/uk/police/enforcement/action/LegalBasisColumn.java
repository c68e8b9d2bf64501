package uk.police.enforcement.action;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import uk.police.enforcement.api.model.LegalBasis;
/**
 * Stores a legal basis as the contract spells it: the generated constant's name can differ
 * ({@code SOA_2003_S96B} is {@code SOA_2003_S96_B} in Java), and the column holds what clients send and SQL reads.
 */
@Converter
public class LegalBasisColumn implements AttributeConverter<LegalBasis, String> {

    @Override
    public String convertToDatabaseColumn(LegalBasis basis) {
        return basis == null ? null : basis.toString();
    }

    @Override
    public LegalBasis convertToEntityAttribute(String value) {
        return value == null ? null : LegalBasis.fromValue(value);
    }
}
