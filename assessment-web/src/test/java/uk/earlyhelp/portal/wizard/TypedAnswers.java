package uk.earlyhelp.portal.wizard;

import java.time.LocalDate;
import java.time.ZoneId;

/** What a practitioner types into each page of the wizard, as form parameters (name, value, …), from DOMAIN.md's example. */
public final class TypedAnswers {

    private TypedAnswers() {
    }

    public static String[] mary(String rowId) {
        return new String[] {"rowId", rowId, "name", "Mary Smith", "dateOfBirth-day", "9", "dateOfBirth-month", "5",
                "dateOfBirth-year", "1990", "gender", "female", "placeOfWork", "Not currently working",
                "relationship", "mother", "ethnicity", "white-british"};
    }

    public static String[] assessment() {
        return new String[] {"significantHarm", "no", "childDevelopment", "Meeting milestones; speech a little behind.",
                "parentingCapacity", "Warm and caring.", "familyEnvironment", "Temporary accommodation.",
                "voiceOfChild", "I want my own bed.", "parentsViews", "Mary wants help with housing."};
    }

    public static String[] action(String rowId, String memberId) {
        LocalDate byWhen = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(2);
        return new String[] {"rowId", rowId, "ffIndicator", "secure-housing", "familyMembers", memberId,
                "need", "A bedroom each", "action", "Housing referral", "who", "Health visitor",
                "byWhen-day", String.valueOf(byWhen.getDayOfMonth()), "byWhen-month", String.valueOf(byWhen.getMonthValue()),
                "byWhen-year", String.valueOf(byWhen.getYear()), "hopedOutcome", "Settled housing"};
    }

    public static String[] consent() {
        return new String[] {"agreedBy", "Mary Smith", "agreedByRelationship", "Mother", "childAgreed", "not-old-enough",
                "consentDate-day", "2", "consentDate-month", "3", "consentDate-year", "2024", "consentMethod", "written",
                "sharingAgencies", "School, health visiting", "refusedOrWithdrawn", "no"};
    }

    public static String[] presentingNeeds() {
        return new String[] {"presentingNeeds", "housing", "presentingNeeds", "parenting"};
    }

    public static String[] outcome() {
        return new String[] {"outcome", "team-around-family", "outcomeReason", "Several agencies involved"};
    }

    public static String[] yourDetails() {
        return new String[] {"name", "Demo Practitioner", "jobTitle", "Health visitor", "organisation", "NHS Trust",
                "email", "practitioner@example.org", "phone", "0300 000 0002", "locality", "North",
                "completedOn-day", "1", "completedOn-month", "4", "completedOn-year", "2024"};
    }

    public static String[] keyPerson() {
        return new String[] {"isKeyPerson", "yes"};
    }
}
