package com.mediapatch.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded database's guard on the audit table: H2 calls it before every UPDATE or
 * DELETE of an entry (see the h2 vendor migration), and it refuses. PostgreSQL has the same
 * guard as a PL/pgSQL trigger.
 */
public class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE insufficient_privilege, the same PostgreSQL's trigger raises. */
    static final String REFUSED = "42501";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                REFUSED);
    }
}
