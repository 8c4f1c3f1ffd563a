package org.npmportal.directory;

/** Kazakhstan has 17 regions (oblys) and three cities of national significance. */
public enum RegionKind {
    REGION,
    CITY
}
