package org.npmportal.base;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells the connection pool to drop a connection as soon as the driver says it is broken. Hikari does so
 * by itself for SQL states 08xxx (the MySQL driver's), but H2's client reports a connection whose server
 * went away as "database is already closed" (90121), and such a connection would otherwise go back to the
 * pool and fail the first requests after the database returns. Set by
 * {@code spring.datasource.hikari.exception-override-class-name}; Hikari creates it by its public constructor.
 */
public class BrokenConnectionEviction implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException error) {
        return error instanceof SQLNonTransientConnectionException ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
