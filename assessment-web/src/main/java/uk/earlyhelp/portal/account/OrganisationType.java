package uk.earlyhelp.portal.account;

/** The kinds of partner agency practitioners work for (DOMAIN.md, "Create your account"). */
public enum OrganisationType {
    SCHOOL, HEALTH, NURSERY, POLICE, VOLUNTARY_SECTOR, HOUSING, OTHER
}
