package com.mediapatch.classifieds.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A meaning vector as its column keeps it: little-endian floats. */
@Converter
class VectorColumn implements AttributeConverter<float[], byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(float[] vector) {
        return vector == null ? null : AdVectors.bytes(vector);
    }

    @Override
    public float[] convertToEntityAttribute(byte[] column) {
        return column == null ? null : AdVectors.floats(column);
    }
}
