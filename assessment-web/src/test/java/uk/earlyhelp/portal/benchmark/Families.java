package uk.earlyhelp.portal.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up but realistic families for the benchmark's assessments: 1–3 members, mostly sharing a surname, names drawn
 * from a mix as diverse as an English town's and weighted so common names are common (Smith far more than Okonkwo).
 * A search for part of a name then matches a realistic fraction of a caseload, not all of it or none.
 * The same index always gives the same family.
 */
final class Families {

    /** A family member as the family-details table records it. */
    record Member(String name, Map<String, List<String>> details) {
    }

    // Most common first: the draw below favours the front of each list.
    private static final String[] SURNAMES = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
            "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
            "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin",
            "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan",
            "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
            "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller",
            "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
            "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
            "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker",
            "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Ahmed", "O'Brien", "McDonald", "Kaur",
            "Nowak", "Kowalski", "Wiśniewska", "Okafor", "Mensah", "Nguyen", "Chen", "Ó Súilleabháin", "Rahman",
            "Mahmood", "Iqbal", "Da Silva", "Popescu", "Okonkwo", "Abdi", "Yilmaz", "Kerr-Hughes", "MacLeod"};
    private static final String[] ADULTS = {"Sarah", "Emma", "Laura", "Rebecca", "Gemma", "Claire", "Kelly", "Amy",
            "Hannah", "Rachel", "Natalie", "Jessica", "Lucy", "Charlotte", "Stacey", "Leanne", "Michelle", "Nicola",
            "Mary", "Joanne", "Fatima", "Ayesha", "Shabana", "Nasreen", "Priya", "Aoife", "Siân", "Agnieszka",
            "Joanna", "Ama", "Chipo", "Mei", "Oksana", "Daniel", "James", "David", "Michael", "Christopher", "Mark",
            "Paul", "Andrew", "Lee", "Craig", "Darren", "Jamie", "Mohammed", "Imran", "Tariq", "Łukasz", "Piotr",
            "Kwame", "Chidi", "Rhys", "Gareth", "Liam", "Ryan", "Tomasz", "Ahmed", "Ravi", "Sean"};
    private static final String[] CHILDREN = {"Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella",
            "Rosie", "Sophia", "Grace", "Freya", "Florence", "Willow", "Evie", "Poppy", "Ella", "Aisha", "Zara",
            "Maryam", "Hafsa", "Layla", "Nia", "Zofia", "Chloe", "Ruby", "Noah", "Muhammad", "George", "Oliver",
            "Leo", "Arthur", "Oscar", "Harry", "Theo", "Jack", "Charlie", "Freddie", "Alfie", "Archie", "Henry",
            "Jacob", "Ethan", "Mason", "Tyler", "Kacper", "Yusuf", "Ibrahim", "Dylan", "Kai", "Riley", "Tommy",
            "Jayden", "Reggie", "Finley", "Logan", "Ollie", "Jude", "Kofi", "Ayaan"};
    private static final String[] ETHNICITIES = {"white-british", "white-british", "white-british", "white-british",
            "white-irish", "white-other", "mixed-white-black-caribbean", "mixed-white-asian", "indian", "pakistani",
            "bangladeshi", "chinese", "african", "caribbean", "arab", "not-stated"};

    private Families() {
    }

    /** The family of assessment number {@code index}. */
    static List<Member> of(int index, LocalDate today) {
        SplittableRandom random = new SplittableRandom(0x5EED_0000L + index);
        String surname = common(SURNAMES, random);
        String ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
        int size = 1 + random.nextInt(3);
        List<Member> family = new ArrayList<>();
        boolean mother = random.nextInt(5) > 0;
        family.add(member(common(ADULTS, random) + " " + surname, mother ? "female" : "male",
                mother ? "mother" : "father", ethnicity, "Not currently working",
                today.minusYears(22 + random.nextInt(25)).minusDays(random.nextInt(365))));
        for (int child = 1; child < size; child++) {
            if (random.nextInt(20) == 0) {
                // An expected date of delivery must lie ahead, within ten months.
                family.add(member("Unborn " + surname, "unborn", "unborn-child", ethnicity, "N/A",
                        today.plusDays(30 + random.nextInt(200))));
                continue;
            }
            // Now and then a child carries the other parent's surname.
            String childSurname = random.nextInt(5) == 0 ? common(SURNAMES, random) : surname;
            family.add(member(common(CHILDREN, random) + " " + childSurname, random.nextBoolean() ? "female" : "male",
                    child == 1 ? "subject-child" : "sibling", ethnicity, "Riverside Primary School",
                    today.minusYears(1 + random.nextInt(16)).minusDays(random.nextInt(365))));
        }
        return family;
    }

    // Roughly Zipf-like: the square of a uniform draw lands near the front of the list far more often.
    private static String common(String[] names, SplittableRandom random) {
        double u = random.nextDouble();
        return names[(int) (u * u * names.length)];
    }

    private static Member member(String name, String gender, String relationship, String ethnicity, String placeOfWork,
                                 LocalDate born) {
        return new Member(name, Map.of("name", List.of(name), "gender", List.of(gender),
                "relationship", List.of(relationship), "ethnicity", List.of(ethnicity),
                "placeOfWork", List.of(placeOfWork), "dateOfBirth", List.of(born.toString())));
    }
}
