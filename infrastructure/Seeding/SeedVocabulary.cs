namespace DebtHub.Infrastructure.Seeding;

/// <summary>Names and words the demo portfolio is made of; fictional people, real-looking records.</summary>
internal static class SeedVocabulary
{
    public static readonly string[] FirstNames =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
        "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Christopher", "Lisa",
        "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Margaret", "Donald", "Ashley", "Steven",
        "Kimberly", "Andrew", "Emily", "Paul", "Donna", "Joshua", "Michelle", "Kenneth", "Carol", "Kevin", "Amanda",
        "Brian", "Melissa", "Timothy", "Deborah", "Ronald", "Stephanie", "Jason", "Rebecca", "Jeffrey", "Laura", "Ryan",
        "Sharon", "Jacob", "Cynthia", "Gary", "Kathleen", "Keanu", "Leilani", "Aiyana", "Tyrone", "Latoya", "Wei", "Mei",
        "Priya", "Arjun", "Nguyen", "Hana", "Dmitri", "Olga", "Fatima", "Omar",
    ];

    public static readonly string[] HispanicFirstNames =
    [
        "José", "María", "Juan", "Guadalupe", "Luis", "Rosa", "Carlos", "Ana", "Jorge", "Carmen", "Miguel", "Lucía",
        "Alejandro", "Sofía", "Javier", "Isabel", "Ricardo", "Elena", "Fernando", "Gabriela",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
        "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker",
        "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell",
        "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris",
        "Murphy", "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Kim", "Nguyen", "Patel",
        "Chen", "Wang", "O'Brien", "McCarthy", "Kowalski", "Yazzie", "Begay", "Kahananui", "Okafor", "Schmidt",
    ];

    public static readonly string[] HispanicLastNames =
    [
        "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres",
        "Flores", "Rivera", "Gomez", "Diaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutierrez", "Chavez",
    ];

    public static readonly string[] MiddleInitials = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W"];

    public static readonly string[] Streets =
    [
        "Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Washington Ave", "Lake View Rd",
        "Hillcrest Dr", "Sunset Blvd", "Park Pl", "Ridge Rd", "Church St", "Highland Ave", "Mill Rd", "River Rd",
        "Jefferson St", "Lincoln Way", "Willow Ct", "Meadow Ln", "Forest Ave", "Spring St", "Chestnut St", "Center St",
    ];

    public static readonly string[] BusinessWords =
    [
        "Acme", "Summit", "Blue Ridge", "Harbor", "Pioneer", "Redwood", "Golden State", "Lone Star", "Evergreen",
        "Keystone", "Prairie", "Bayou", "Granite", "Sunrise", "Coastal", "Frontier",
    ];

    public static readonly string[] BusinessKinds =
    [
        "Plumbing LLC", "Landscaping Inc", "Diner", "Auto Repair", "Construction Co", "Dental Group", "Bakery",
        "Trucking LLC", "Print Shop", "Cleaning Services",
    ];

    public static readonly string[] EmailDomains = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"];

    public static readonly string[] OriginalCreditors =
    [
        "Capital Harbor Card Services", "First Prairie Bank", "Metro Health System", "St. Luke's Regional Hospital",
        "Pacific Gas Cooperative", "Continental Wireless", "Sunbelt Auto Credit", "Heritage Furniture Outlet",
        "Campus Lending Corp", "Valley Emergency Physicians",
    ];
}
