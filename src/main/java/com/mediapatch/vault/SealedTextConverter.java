package com.mediapatch.vault;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.hibernate.annotations.Immutable;

/**
 * Stores {@link SealedText} attributes as ciphertext. Applied to every such attribute; the
 * value is immutable, so an entity loaded and saved unchanged keeps its exact ciphertext.
 */
@Converter(autoApply = true)
@Immutable
public class SealedTextConverter implements AttributeConverter<SealedText, String> {

    private final FieldCipher cipher;

    public SealedTextConverter(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(SealedText value) {
        return value == null ? null : value.ciphertext(cipher);
    }

    @Override
    public SealedText convertToEntityAttribute(String stored) {
        return stored == null ? null : SealedText.stored(stored, cipher);
    }
}
