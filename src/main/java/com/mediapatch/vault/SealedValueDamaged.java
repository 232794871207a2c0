package com.mediapatch.vault;

/** A sealed value could not be opened: altered, moved to another row, or its key is gone. */
public class SealedValueDamaged extends RuntimeException {

    public SealedValueDamaged(FieldBinding binding, Throwable cause) {
        super("The encrypted value in " + binding.table() + "." + binding.column() + " of row " + binding.rowId()
                + " cannot be opened: it was altered, moved from another row, or its key was retired", cause);
    }
}
