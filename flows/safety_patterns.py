"""The patterns of the safety net (flows/safety.py), as data.

Every pattern is a regular expression over normalised text (see safety.normalise: lower
case, no accents, doubled letters once, "ij" written "y"; the patterns are brought to that
spelling too, so they may be written as people spell). A pattern is quiet when the sentence
around its match also matches `unless`. Patterns describe ideas (a wish to die, ending it,
self-harm, a plan or the means, being hurt or threatened at home, a child who is not safe,
danger to life right now), in Dutch first and then in English, Turkish and Arabic.
`TOGETHER` holds ideas that mean danger when they meet in one sentence, however worded.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    """A regular expression over normalised text, quiet when the sentence around a match
    also matches `unless` (a past stroke is not an emergency now)."""

    regex: str
    unless: str | None = None


def _p(regex: str, unless: str | None = None) -> Pattern:
    return Pattern(regex, unless)


# Building blocks (already in normalised spelling). A filler word never crosses a "." or ",".
W = r"(?:[^\W\d_]+ )"  # any one word
END = (
    r"(?= ?[.,]| ?$| (?:ik|het|echt|gewon|help|sorry|hor|hoor|joh|pf+|man|zeg|jongens|"
    r"mer|nu|vandaag|vanavond|vanacht|morgen|straks|allemal|en ik|maar ik)\b)"
)
PARTNER_NL = (
    r"(?:man|vrouw|partner|vriend|vriendin|echtgenot\w*|vader|pa|papa|stiefvader|stiefmoeder|"
    r"moeder|ma|mama|ex|exman|ex man|broer|zus|schonvader|schonmoeder|zon|dochter|oom|opa|"
    r"vriendje|zyn vader|haar vader)"
)
PERSON_NL = rf"(?:hy|zy|ze|myn {PARTNER_NL}|de {PARTNER_NL}|haar {PARTNER_NL}|zyn {PARTNER_NL})"
CHILD_NL = (
    r"(?:kind|kinderen|kids|kindje|zon|zontje|dochter|dochtertje|baby|kleine|kleintje|"
    r"meisje|jongen|jongetje|kleuter|peuter|kleinzon|kleindochter|kleinkind\w*|pleegkind\w*)"
)
HIT_NL = (
    r"(?:slat|slaan|sloeg|sloegen|sla|geslagen|schopt|schopte|schopen|geschopt|trapt|trapte|"
    r"getrapt|stompt|stompte|gestompt|mept|mepte|duwt|duwde|geduwd|wurgt|wurgde|gewurgd|"
    r"knypt|mishandelt|mishandelde|mishandeld|knevelt|bont|"
    # threatened with a court case or a fine is no violence; with a knife or death it is
    r"bedreig(?:t|de|d)(?! (?:\w+ )?met (?!(?:een |de )?(?:mes|wapen|pistol|geweer|dod|geweld|"
    r"byl)))|"
    r"in elkar slat|in elkar geslagen|pakt|grypt)"
)
WANT_NL = r"(?:wil|wilde|wou|zou|wens|hop|verlang|liefst|liever|zou willen|zin om|neiging om)"
POSITIVE = r"(?:(?!(?:niet|nooit|never|not) )\w+ )"  # a filler word that does not negate
# "leven met die rommel", "leven in het verpleeghuis" is a way of living; with debts or
# pain it is still despair.
LIVING_WITH = (
    r"(?! (?:met|in|zonder|van|op|bij|naast|tusen|als|onder)\b"
    r"(?! (?:\w+ ){0,2}(?:schulden|pyn|verdriet|zorgen|angst|elende|stres|eenzamheid)))"
)
NO_MORE = r"(?:niet mer|nooit mer|niet langer|geen mer)"
DRUGS = (
    r"(?:pilen|pil|tabletten|medicyn\w*|medicatie|slapilen|slapmiddel\w*|paracetamol|"
    r"oxazepam|diazepam|temazepam|lorazepam|insuline|oxycodon|morfine|antidepressiva)"
)
PAST_ILLNESS = (
    r"(?:gehad|sinds|vorig|vorige|vroeger|geleden|overleden|na zyn|na haar|na myn|na de|"
    r"na een|last year|ago|since|after (?:his|her|my|the|a)|had a|gecirdi|geciren|gecen|"
    r"sonra|once|الماضي|سابقا|بعد|اصيب)"
)

WEAPON = r"(?:mes|hamer|gewer|jachtgewer|pistol|byl|knupel|knife|gun|rifle|axe)"

# Said in jest or of a boss or a late homecoming: "mijn moeder vermoordt me als ik te laat ben".
HYPERBOLE = (
    r"haha|hihi|hehe|\blol\b|grap|te lat|lat ben|baas|chef|\bjuf\b|leraar|ma vermordt|"
    r"moeder (?:\w+ )?vermord|mama (?:\w+ )?vermord|boss|\bmom\b|\bmum\b|joke|late|"
    r"\b(?:ik ga|ik wil|gaan we|we gan)\b (?:\w+ ){0,2}(?:die|de|het|myn (?:baas|buurman|zus|"
    r"broer))|"
    r"lach|spel|game|patron|gec kal|\bه\b|مديري|مدير|النموذج|الاستماره|الحر|البرد|الشغل|العمل"
)

# "Het hoeft voor mij niet meer, ik heb het al geregeld": something is no longer needed.
DONE = r"geregeld|al hulp|gevonden|opgelost|al een|niet nodig|meedenker|afspraak|aanvraag"

# "niet veilig thuis, de trap is kapot": the house is unsafe, not a person in it.
HOUSE_UNSAFE = (
    r"schimel|\btrap\b|bedrading|elektr\w*|\blek\b|\bdak\b|verzakt|scheur\w*|kapot|\bmold|"
    r"mould|wiring|stairs|\bleak|\brof\b|broken|rutubet|الرطوبه|الكهربا|العفن"
)

# After "slaat haar": the sentence ends, or goes on as a blow does ("slaat haar, ze heeft",
# "slaat hem soms als", "hits her when"), not as "slaat haar pop" or "sla hem op".
BLOW_GOES_ON = (
    r"(?= ?[,.]| ?$| (?:en|als|elke|iedere|steeds|soms|wel eens|weleens|vaak|altyd|weer|nog|"
    r"met (?:de|een|zyn|haar) (?:riem|vuist|stok|hand|blote)|in elkar|bont|helemal|hard|omdat|"
    r"wanner|terwyl|dan|ook|de hele|and|when|every|all|again|hard|with|because|if|in front|"
    r"sometimes|often|daily)\b)"
)

# Arabic: a verb may carry "and", "so", "will" in front (و ف س), a noun "the" (ال).
AR = r"(?:[وفسلب]{0,2}(?:ال)?)"

PATTERNS: dict[str, tuple[Pattern, ...]] = {
    "suicide": (
        # nl: the words themselves
        _p(r"zelfmord\w*|sui[cs]id\w*|zelfdoding\w*|zelf doding|zelfmo[rt]\w*"),
        _p(rf"(?:mezelf|my|me|zichzelf|zich) {W}{{0,2}}van (?:de )?kant (?:\w+ )?(?:te )?mak\w*"),
        _p(r"van kant (?:te )?mak\w* (?:myzelf|mezelf)"),
        # ending it, ending one's life
        _p(
            r"(?:er|het|alles|myn leven|het leven|dit leven) (?:\w+ ){0,3}(?:een )?(?:eind|"
            r"einde) "
            r"(?:aan|achter) (?:\w+ ){0,2}(?:mak\w*|maken|gemakt|te maken|zet\w*|te zeten)"
            r"(?! met (?!alles|het leven|myn leven)\b)",
            unless=r", an (?:die|de|het|dat|onze|deze|myn) (?!leven)",
        ),
        _p(r"(?:eind|einde) (?:mak\w* |te mak\w* )?aan (?:myn|het|dit|m n) (?:eigen )?leven"),
        _p(
            r"(?:mak|makt|maken|ga|gan) (?:\w+ )?er (?:\w+ )?(?:een )?(?:eind|einde) aan" + END,
            unless=r", an (?:die|de|het|dat|onze|deze|myn) (?!leven)",
        ),
        _p(
            r"(?:myn|het|dit) (?:eigen )?leven (?:\w+ ){0,2}(?:beindig|beeindig|stop|afmak|"
            r"nemen)\w*"
        ),
        _p(r"(?:uit|van) het leven (?:\w+ )?(?:stap|stapen|gaan|te stapen|weg)"),
        _p(r"(?:myn|het) (?:eigen )?leven (?:te )?nemen"),
        _p(r"er (?:\w+ )?(?:uit|tusenuit) (?:stapen|stap|te stapen)" + END),
        _p(
            r"(?:dan|ik) stap (?:ik )?(?:er ?uit|er tusenuit|uit het leven)" + END,
            unless=r"\b(?:halte|bus|tram|metro|station|auto|taxi|trein|club|groep|vereniging|app)\b",
        ),
        _p(
            r"(?:ga|gan|wil|zal|spring\w*) (?:\w+ ){0,3}van (?:het|de|dat|die|een|onze|myn) "
            r"(?:\w+ )?(?:dak|flat|brug|balkon|gebouw|toren|parkeergarage|viaduct|rots|klif) "
            r"(?:af|vanaf|naar beneden)" + END,
            unless=r"repar\w*|lek|goot|antene|zonepan\w*|schilder\w*|klus\w*|ladder|trap|lift",
        ),
        # wishing to die, to be dead, to not be there
        _p(
            rf"{WANT_NL}\w* (?:\w+ ){{0,3}}(?:dod|sterven|dodgan|dod gan|dod zyn|dod was|"
            rf"overlyden|er niet mer zyn)(?! ?mo[ e])(?! van\b)(?! grag)",
            unless=r"(?:niet|nooit) (?:\w+ )?(?:dod|sterven)|dod (?:\w+ )?(?:boom|plant|vis|"
            r"kat|hond|"
            r"telefon)"
            r"|thuis sterven|(?:in|naar) (?:het|een) (?:ziekenhuis|hospice|verplegh\w*)|"
            r"waardig|euthanasie|uitvart|testament|polis|(?:myn|zyn|haar|de) dod (?:regel|"
            r"voorbereid|plan|verzeker)|haha|hihi|\blol\b|van schamte|dod (?:neer)?valen",
        ),
        _p(
            r"liever dod(?!\w)(?! ?mo)|was ik (?:\w+ )?maar dod|ware ik maar dod|"
            r"dat ik dod (?:was|ben|ga)",
            unless=r"zonder dat|geregeld|testament|zaken|verplegh\w*|wilsverklaring|euthanasie|"
            r"ziekenhuis",
        ),
        _p(
            r"was ik (?:\w+ )?(?:maar )?nooit geboren|had ik (?:\w+ )?nooit geboren|"
            r"nooit geboren (?:was|zyn)"
        ),
        _p(
            r"(?:wil|wou|hoef|zou|wens) (?:\w+ ){0,2}sterven|sterven (?:\w+ )?(?:wil|wou)",
            unless=r"thuis|ziekenhuis|hospice|verplegh\w*|waardig|euthanasie|eigen bed|in vrede",
        ),
        _p(
            rf"(?:wil|wou|wilde|hoef|zou|wens|kan|ga|zin om) (?:\w+ ){{0,3}}{NO_MORE} "
            r"(?:(?:echt|gewon|verder|nog|door|hier|op deze wereld|op aarde) )?"
            r"(?:leven|bestan|verder leven|doorleven|verder te leven|te leven|ademen)(?!\w)"
            + LIVING_WITH
        ),
        _p(
            r"(?:^|[.,] |ik )(?:wil|hoef) (?:echt |gewon |ook |al )?(?:niet|nooit) mer verder" + END
        ),
        _p(r"(?:^|[.,] )(?:wil|hoef) (?:echt |gewon |al |ook )?(?:niet|nooit) mer" + END),
        _p(
            r"(?:geen|niks|niets) (?:\w+ )?(?:reden|"
            r"om voor) (?:\w+ ){0,2}(?:om )?(?:te )?(?:leven|bestan)(?!\w)|waarom (?:leef|"
            r"besta) ik (?:\w+ )?(?:nog|eigenlijk)"
        ),
        _p(
            r"(?:myn|het|dit) leven (?:\w+ )?(?:zat|beu|moe)(?!\w)|levensmoe\w*|"
            r"klar met (?:het |myn |dit )?leven|(?:stop|stopen|"
            r"ophouden) (?:\w+ ){0,2}met (?:het |myn )?leven(?!\w)" + LIVING_WITH
        ),
        _p(r"beter (?:\w+ ){0,2}dod (?:\w+ )?(?:zyn|ben|was|wezen|zou)|beter dod(?!\w)(?! ?mo)"),
        _p(
            r"(?:dod|sterven|dod gan|dodgan|er niet mer zyn|niet mer leven|"
            r"niet mer wakker worden|niet mer waker worden) (?:wil|wou|wilde|wilen|"
            r"zou willen)(?!\w)",
            unless=r"thuis sterven|(?:in|naar) (?:het|een) (?:ziekenhuis|hospice|verplegh\w*)|"
            r"waardig|"
            r"euthanasie|(?:niet|nooit) dod|haha|hihi|\blol\b|van schamte|dod wilen valen",
        ),
        _p(r"(?:eind|einde) (?:\w+ ){0,2}aan (?:alles|het allemal|mezelf|myn bestan)(?!\w)"),
        _p(r"punt (?:\w+ ){0,2}(?:, )?achter (?:myn|het|dit) leven"),
        _p(r"(?:ben|was|zou) er (?:\w+ ){0,2}(?:niet mer|liever niet|beter niet)(?: zyn)?" + END),
        _p(r"(?:ga|gan|wil|zal) (?:\w+ )?springen" + END),
        _p(r"leven (?:hoeft|hoef) (?:\w+ )?(?:niet|nooit) mer"),
        _p(
            r"(?:vor )?my (?:betreft )?hoeft (?:het|alles|het allemal)? ?(?:\w+ )?(?:niet|"
            r"nooit) mer" + END,
            unless=DONE,
        ),
        _p(r"(?:het|alles) hoeft (?:\w+ )?(?:niet|nooit) mer (?:vor|van) my" + END, unless=DONE),
        _p(
            r"(?:niet|nooit) mer (?:hier |er )?(?:zyn|wezen|leven) op (?:deze |de )?(?:arde|"
            r"wereld)"
        ),
        _p(r"niet mer verder met (?:dit|het|myn) leven"),
        _p(
            r"(?:zin|behoefte|neiging|drang) (?:\w+ )?(?:om )?(?:\w+ )?(?:dod te gan|te sterven|"
            r"dod te zyn|er niet mer te zyn|mezelf)"
        ),
        _p(r"niemand (?:heeft|zal|zou|gat) (?:\w+ )?(?:mer )?last (?:\w+ )?(?:mer )?van (?:me|my)"),
        _p(r"niemand (?:mer )?(?:die )?last (?:\w+ )?(?:mer )?van (?:me|my) (?:heeft|zal hebben)"),
        _p(
            r"(?:rij|ryd|ryden|rijd|knal) (?:\w+ ){0,3}tegen (?:een|de) (?:bom|muur|paal|"
            r"vrachtwagen)",
            unless=r"per ongeluk|moe|slap|bijna|haha|toen|vorig",
        ),
        _p(
            r"wil (?:\w+ )?dat (?:het|alles) (?:\w+ )?(?:stopt|ophoudt|voorbij is)(?= ?\.| ?$|"
            r" ?,? (?:ik|"
            r"vor altyd|vorgoed|"
            r"echt|alles)\b)"
        ),
        _p(r"(?:heeft|hebben) niemand (?:\w+ )?(?:mer )?last (?:\w+ )?(?:mer )?van (?:me|my)"),
        _p(
            r"(?:weg|af) (?:uit|van) (?:de|deze) wereld|(?:van|uit) (?:de|deze) wereld "
            r"(?:af|weg|verdwynen|stapen)(?!\w)"
        ),
        _p(
            r"(?:wil|ga|wou) (?:\w+ ){0,3}(?:weg|slapen|tusenuit|eruit|verdwynen|rusten|stopen)"
            r"(?: ,)? (?:voor altyd|voorgoed|eeuwig)" + END,
            unless=r"haha|hihi|\blol\b|pensioen|vakantie",
        ),
        _p(
            r"(?:hop|wens|wou) (?:\w+ )?(?:dat )?ik (?:\w+ ){0,3}(?:ongeluk kryg|"
            r"aangereden word|overreden word|dodga|dod ga|sterf|niet mer thuiskom|"
            r"niet mer wakker word|niet mer waker word)"
        ),
        _p(r"niemand (?:zou|zal|gat) (?:\w+ ){0,3}(?:merken|misen|schelen)"),
        _p(
            r"beter (?:\w+ ){0,3}(?:als|dat|wanneer) ik (?:\w+ )?(?:weg|dod|er niet) (?:ben|"
            r"was|zou|ga|zyn)(?! (?:uit|bij|van|naar)\b)|voor altyd weg (?:wil|ben|zyn|gan)|"
            r"(?:wil|ga) (?:\w+ )?voor altyd weg" + END
        ),
        _p(rf"(?:zo )?{NO_MORE} (?:\w+ )?(?:wil|wilen|hoef) (?:\w+ )?(?:leven|bestan)"),
        _p(rf"(?:wil|wou|hoef|zou|kan) (?:\w+ )?{NO_MORE} zo (?:verder )?(?:leven|door)" + END),
        _p(
            r"(?:wil|wou|wilde|hoef|zou|wens) (?:\w+ ){0,2}er (?:\w+ ){0,2}(?:niet|nooit|"
            r"liever niet) (?:mer|langer) (?:zyn|bestan|wezen)"
        ),
        _p(
            r"(?:wil|wou|wilde|hoef|zou|wens) (?:\w+ ){0,2}(?:niet|nooit) (?:mer|langer) (?:er|"
            r"op deze wereld|op aarde|hier op aarde) (?:zyn|wezen|bestan)"
        ),
        _p(
            r"(?:wil|wou) (?:\w+ ){0,3}(?:weg|verdwynen) (?:uit|van) (?:deze|de) (?:wereld|"
            r"aarde|aardbodem)"
        ),
        _p(r"(?:wil|wou) (?:\w+ ){0,2}(?:voorgoed |voor altyd |gewon |echt )?verdwynen" + END),
        _p(r"(?:wil|wou|hoef|zou) (?:\w+ ){0,2}(?:niet|nooit) mer bestan|niet mer bestan" + END),
        _p(
            r"ik (?:wil|hoef) (?:echt |gewon |al |ook |gewoon |zo )?(?:niet|nooit) mer" + END,
            unless=r"iets anders|andere|nieuwe|meedenker|hulpverlener|die hulp",
        ),
        _p(r"ik (?:kan|wil) (?:en|of) (?:wil|kan) (?:\w+ )?niet mer" + END),
        _p(
            r"(?:het|alles|het leven|het allemal|dit leven) (?:hoeft|hoef) (?:\w+ ){0,2}"
            r"(?:voor my|van my|voor mezelf) (?:\w+ )?(?:niet mer|niet langer)" + END,
            unless=DONE,
        ),
        _p(
            r"(?:hoeft|hoef) (?:\w+ )?(?:voor my|van my) (?:niet mer|"
            r"niet langer) (?:te )?(?:leven|bestan)"
        ),
        _p(
            r"hoeft (?:het|alles|het leven|het allemal) (?:\w+ )?(?:voor|"
            r"van) my (?:\w+ ){0,2}(?:niet mer|niet langer)" + END
        ),
        _p(
            r"zie (?:\w+ ){0,2}(?:het|alles|het leven|het allemal|myn leven|de toekomst|"
            r"het echt|het gewon) "
            r"(?:\w+ ){0,2}(?:niet|nooit) (?:mer|langer) (?:ziten|zitten|zyn)"
            r"(?:"
            + END
            + r"| (?:met|in) (?:myn|het) leven| mer\b| om (?:nog |verder ){0,2}(?:te leven|"
            r"dor te gan|verder te gan)| zo\b" + r"| (?:sinds|omdat|want|nu|door)\b)"
        ),
        _p(r"zie (?:het|myn) leven (?:\w+ ){0,2}niet (?:mer )?ziten"),
        _p(r"(?:wil|hoef) (?:het|dit|myn) leven (?:\w+ )?(?:niet|nooit) (?:mer|langer)" + END),
        _p(r"leven (?:\w+ ){0,4}(?:niet (?:mer )?de moeite|de moeite niet)"),
        _p(
            r"(?:geen|niet mer|nooit mer) (?:\w+ ){0,2}zin (?:\w+ ){0,4}(?:leven|bestan)(?!\w)"
            + LIVING_WITH
        ),
        _p(
            r"denk (?:\w+ ){0,2}(?:om|aan) (?:te )?(?:springen|me op te hangen|ophangen|dodgan|"
            r"dod te gan|sterven|er niet mer te zyn)" + END
        ),
        _p(
            r"klar (?:\w+ ){0,2}(?:, )?(?:met alles )?(?:, )?met (?:het |myn )?leven(?!\w)"
            + LIVING_WITH,
            unless=r"euthanasie|voltoid leven",
        ),
        _p(r"mag ik (?:\w+ )?(?:dod|sterven|dodgan)" + END),
        _p(r"weg (?:uit|van) (?:dit |het |myn )?leven(?!\w)"),
        _p(r"(?:niet|nooit) mer hier (?:zyn|wezen)" + END),
        _p(
            r"(?:het|myn|dit) leven (?:\w+ ){0,2}(?:niks|niets) (?:mer )?waard|(?:het|myn|"
            r"dit) leven (?:\w+ ){0,3}(?:zinlos|zinloos|geen zin|niks waard|niets waard|"
            r"ondraaglyk|heeft geen zin)"
        ),
        _p(
            r"(?:waarom|waarvoor|wat heeft het voor zin om) (?:\w+ ){0,3}(?:nog )?(?:leven|bestan)"
            + END
        ),
        _p(
            r"beter (?:af )?zonder my|zonder my (?:\w+ ){0,3}beter af|niemand (?:\w+ ){0,3}(?:my|"
            r"me) (?:\w+ )?(?:misen|mist)"
        ),
        _p(
            r"beter (?:\w+ ){0,3}(?:als|dat|wanneer) ik er (?:\w+ )?(?:niet mer|niet|"
            r"nooit mer) (?:ben|zou zyn|was|zyn)"
        ),
        # sleeping and not waking up
        _p(
            r"(?:slapen|inslapen|in slap|slap|sliep) (?:\w+ ){0,4}(?:niet mer|nooit mer|nooit|"
            r"niet ooit) (?:waker|opstan|op stan)(?! geworden)(?! (?:worden |"
            r"te worden )?(?:van|door)\b)",
            unless=r"\bwerd\b|overleden|gestorven|is dod|geworden",
        ),
        _p(
            r"(?:wil|wou|hop|wens|zou) (?:\w+ ){0,4}(?:niet|nooit) (?:mer |"
            r"meer )?waker (?:worden|word|te worden)(?! (?:van|door)\b)"
        ),
        _p(r"maar (?:\w+ )?(?:nooit|niet) mer waker (?:geworden|worden)"),
        _p(r"(?:voor altyd|eeuwig|voorgoed) (?:gan |wil |)?slapen"),
        # self-harm
        _p(r"zelfbeschadig\w*|automutil\w*|zelfverwond\w*|zelf beschadig\w*|self ?harm\w*"),
        _p(
            r"(?:mezelf|myzelf|zichzelf) (?:\w+ ){0,2}(?:pyn (?:doen|te doen|gedan)|"
            r"iets aan (?:\w+ )?(?:doen|doe|te doen|gedan|doet)|"
            r"wat aan (?:doen|te doen)|iets (?:\w+ )?(?:aandoen|aan te doen)|wat aandoen|"
            r"aandoen|snyd\w*|"
            r"kras\w*|bezer\w*|verwond\w*|beschadig\w*|ophang\w*|op te hangen|verhang\w*|"
            r"gesneden|gesnyd\w*|gekrast|dod\w*|vergiftig\w*|verdrink\w*|dod te maken|dodmak\w*|"
            r"ombreng\w*|om te brengen)",
            unless=r"per ongeluk|ongeluk|tilen|gevalen|bij het|sport|keuken|koken|scheren|"
            r"\baan (?:een|het|de|myn) |wel (?:voor mn|voor myn)? ?kop|brodmes|niet erg|met het",
        ),
        _p(
            r"(?:doe|deed|doet) (?:\w+ ){0,3}mezelf (?:\w+ ){0,3}(?:pyn|iets aan|wat aan)",
            unless=r"per ongeluk|sport|tilen|gevalen|niet expres",
        ),
        _p(
            r"(?:krab|krabt|kras|krast|snyd|sny|brand|sla|bonk|byt|knyp)\w* (?:\w+ )?mezelf "
            r"(?:\w+ ){0,2}(?:open|kapot|tot bloed|tot het bloedt|als ik|wanneer ik|expres|weer|"
            r"met sigaret\w*|blauw)",
            unless=r"erdorheen|kop|per ongeluk",
        ),
        _p(
            r"(?:hoofd|kop) (?:\w+ ){0,3}tegen de (?:muur|kast|deur) (?:\w+ ){0,3}(?:bloed\w*|"
            r"kapot)"
        ),
        _p(
            r"(?:in|op) (?:myn|de) (?:pols|polsen|arm|armen|benen|ben|huid|dyen) (?:\w+ )?"
            r"(?:gesneden|gekrast|gesnyd|gebrand|snyd\w*)"
        ),
        _p(
            rf"(?:neem|nemen|slik|ga) (?:\w+ ){{0,2}}(?:alle|al myn|al de|"
            rf"al die) (?:\w+ )?{DRUGS} (?:\w+ ){{0,3}}in(?!\w)"
        ),
        _p(r"(?:me|my) (?:\w+ ){0,2}(?:ophang\w*|op te hangen|verhang\w*|vergiftig\w*)"),
        _p(
            r"(?:sny|snyd|snydt|snyden|kras|krast|krasen|bezer|verwond|"
            r"brand) (?:\w+ )?(?:mezelf|zichzelf|myzelf)",
            unless=r"per ongeluk|ongeluk|bij het|koken|scheren|\baan (?:een|het|de|myn) ",
        ),
        _p(
            r"(?:sny|snyd|snyden|kras|krasen|snydt|sned) (?:\w+ ){0,2}(?:in |op )?(?:myn|"
            r"de) (?:arm|"
            r"armen|pols|polsen|benen|ben|huid|bovenbenen)"
        ),
        _p(r"(?:myn |de )?pols\w* (?:\w+ ){0,2}(?:door ?snyd\w*|snyd\w*|open\w*)"),
        # plan or means
        _p(
            r"(?:voor|onder) (?:de|een) (?:trein|metro|tram|bus|vrachtwagen|auto|vrachtauto) "
            r"(?:\w+ ){0,2}(?:springen|spring|sprong|te springen|liggen|gan liggen|lopen|"
            r"stapen|gooien)"
        ),
        _p(
            r"(?:spring|springen|springt|te springen|gooi|gooien) (?:\w+ ){0,2}(?:van|voor|"
            r"onder|vanaf|in) "
            r"(?:het|de|een) (?:dak|flat|brug|balkon|toren|gebouw|trein|metro|snelweg|rivier|"
            r"gracht|kanal)"
        ),
        _p(
            r"(?:van|vanaf) (?:het|de|een) (?:dak|flat|brug|balkon|"
            r"toren)\w* (?:\w+ ){0,2}(?:springen|spring|af springen|afspringen|te springen|"
            r"gooien)"
        ),
        _p(
            rf"(?:alle|al myn|al die|al de|een hele|hele|de hele|doosje|doos|potje|pot|strip|"
            rf"strippen|stapel|heleboel|handvol|zak|genoeg) "
            rf"(?:\w+ ){{0,3}}{DRUGS} (?:\w+ ){{0,3}}(?:in te nemen|innemen|inemen|slikken|"
            rf"slik|nemen|opeten|op te eten|sparen|spar|verzamel\w*)"
        ),
        _p(rf"(?:spar|verzamel|hamster)\w* (?:\w+ ){{0,2}}{DRUGS}"),
        _p(
            rf"{DRUGS} (?:\w+ ){{0,2}}(?:aan het )?(?:spar|opspar|verzamel|hamster|gespard|"
            rf"opgespard|verzameld)\w*"
        ),
        _p(
            r"(?:sta|zit|staan|ben|loop|lopen) (?:\w+ ){0,2}(?:op|bij|aan|naar) (?:het|de|"
            r"een) (?:spor|sporen|spoorweg|spoorbrug|rand van het dak|dak van|"
            r"brug)(?!\w)(?! (?:\w+ ){0,2}(?:werk|station|met de|van half|tyd))",
            unless=r"conducteur|werk|vertraging|station|te lat|wachten op de trein nar|klus|schur|"
            r"goot|repar|haha",
        ),
        _p(
            r"denk (?:\w+ )?(?:aan|over) (?:de trein|het spor|springen|de brug|ophangen|pilen)"
            + END
        ),
        _p(
            rf"(?:de|alle|genoeg|al myn) {DRUGS} (?:\w+ ){{0,2}}klar (?:liggen|ligen|gelegd|"
            rf"staan|gezet)",
            unless=r"week|baxter|dag|ochtend|avond|medicijnrol|doseer",
        ),
        _p(
            r"(?:ze|die|alles|ze al) (?:allemal|alemal|tegelyk|in een keer|"
            r"in een keer) (?:\w+ )?(?:innemen|inemen|slikken|nemen|opeten|in te nemen)",
            unless=r"moet|mag|elke dag|dokter|voorschrift|apotheek|ochtend|avond",
        ),
        _p(r"(?:heb|ben|had) (?:\w+ ){0,2}gekrast" + END),
        _p(
            r"(?:touw|strop) (?:\w+ ){0,4}(?:gekocht|kopen|klar|ophang\w*|opgehangen|voor mezelf)",
            unless=r"schomel|\bwas\b|verhuiz\w*|tuin|bot|klim|tent|kamperen|pakket",
        ),
        _p(r"strop (?:\w+ )?(?:gemakt|geknopt|klar|hangt|gekocht)|(?:mak|knop)\w* (?:\w+ )?strop"),
        _p(
            r"afscheid (?:\w+ ){0,2}(?:nemen|genomen) van (?:myn|al myn) (?:kinderen|familie|"
            r"vrienden|dierbaren)"
        ),
        _p(
            r"(?:nacht|uren) (?:\w+ ){0,3}(?:op|bij) (?:de|het) (?:brug|dak|spor)|(?:op|"
            r"bij) (?:de|het) "
            r"(?:brug|dak|spor) (?:\w+ )?(?:gestan|gezeten|stan)" + END,
            unless=r"vis|klus|werk|repar",
        ),
        _p(
            r"afscheidsbrie\w*|afscheid (?:\w+ ){0,2}(?:nemen|genomen) van (?:iedereen|"
            r"het leven|de wereld)"
        ),
        _p(r"waarom (?:\w+ ){0,2}(?:ik )?(?:nog )?(?:leef|besta)(?!\w)"),
        _p(
            r"waarom (?:zou|moet) ik (?:\w+ )?(?:nog )?(?:door ?gan|doorgan|verder gan|verder|"
            r"leven|bestan)" + END
        ),
        _p(r"(?:zelfmord)?poging (?:\w+ )?(?:gedan|ondernomen)(?= ?\.| ?$| ?, ?(?:ik|en))"),
        _p(r"(?:moe|zat|beu) van (?:het|myn|dit) leven|levensmoe\w*"),
        _p(r"(?:wil|hoef) (?:\w+ )?(?:niet|nooit) mer opstan" + END),
        _p(
            r"(?:wil|hop|wens) (?:\w+ ){0,2}(?:myn|het|dit) leven (?:\w+ )?(?:ophoudt|stopt|"
            r"eindigt|voorbij is)"
        ),
        _p(
            r"(?:wil|ga) (?:\w+ )?(?:hem|haar) achterna|(?:wil|ga|wou) (?:\w+ ){0,4}(?:in|"
            r"naar) de hemel"
        ),
        _p(
            r"(?:sny|snyd|kras|krab|brand)\w* (?:\w+ )?(?:in )?(?:myn|de) (?:arm|armen|pols|"
            r"polsen|benen|huid)",
            unless=r"per ongeluk|koken|keuken|mes uitgeschoten",
        ),
        _p(
            r"cut\w* (?:my )?(?:arms|wrists|wrist|legs|skin|thighs)",
            unless=r"accident|cooking|kitchen|shaving|by mistake",
        ),
        _p(
            r"(?:liever|niet mer|nooit mer) (?:\w+ )?(?:leef|leefde)(?!\w)|(?:wou|wilde|wens|"
            r"zou willen) "
            r"(?:\w+ )?dat ik (?:\w+ )?(?:niet|nooit) (?:mer )?(?:leefde|bestond|geboren was)"
        ),
        _p(r"(?:van|uit) het leven (?:\w+ )?(?:beroven|berof)|berof\w* (?:\w+ )?van het leven"),
        _p(
            r"(?:stop|klar|kap|ophouden)\w* (?:[^\s.]+ ){0,5}met (?:het |myn )?leven(?!\w)"
            + LIVING_WITH,
            unless=r"euthanasie|voltoid leven",
        ),
        _p(r"(?:lef|lefde) (?:\w+ )?(?:liever )?(?:niet|nooit) mer" + END),
        _p(r"(?:kras|snyd|sny)\w* (?:\w+ )?met (?:een )?(?:scheermes\w*|mesje|glas|schaar|naald)"),
        _p(r"(?:heb|ben) (?:\w+ )?(?:weer|opnieuw|vandag|gister\w*) (?:gesneden|gekrast)" + END),
        _p(r"(?:kan|ga|wil|zou) (?:\w+ )?beter (?:verdwynen|dod zyn|er niet zyn|weg zyn)"),
        _p(r"(?:kan|ik) (?:\w+ )?niet mer (?:, )?(?:en )?(?:ik )?wil (?:\w+ )?niet mer" + END),
        _p(r"mak\w* (?:\w+ )?(?:mezelf|me|zichzelf) (?:\w+ )?van (?:de )?kant"),
        _p(
            r"(?:niet mer|geen zin) (?:\w+ ){0,3}(?:dor|"
            r"verder) (?:te )?(?:gan )?(?:met )?(?:het )?leven(?!\w)"
        ),
        _p(
            r"(?:wou|wilde|wens|zou willen) (?:\w+ )?dat ik er (?:\w+ )?(?:niet|"
            r"nooit) (?:mer )?(?:was|ben|zou zyn)"
        ),
        _p(r"er niet mer ben (?:\w+ ){0,3}(?:, )?(?:ik )?(?:ga|zal) het (?:\w+ )?doen" + END),
        _p(
            r"want (?:it|everything|this|al of it) to (?:end|stop)(?: forever)?"
            + END
            + r"|life (?:\w+ )?(?:has no meaning|is meaningles|has no point|means nothing)"
        ),
        _p(
            r"hoeveel (?:pilen|tabletten|medicyn\w*|slapilen|"
            r"paracetamol) (?:\w+ ){0,3}(?:nodig|dodelyk|"
            r"om dod)|(?:opgezocht|gegoogeld|gezocht|googel) (?:\w+ ){0,3}(?:hoe|"
            r"hoeveel) (?:\w+ ){0,4}"
            r"(?:dod|zelfmord|pilen|ophangen|sterven)"
        ),
        _p(r"(?:brief|afscheid\w*) (?:\w+ ){0,3}(?:vor )?na myn dod"),
        _p(r"spulen (?:\w+ )?weg (?:\w+ ){0,6}(?:niet mer nodig|straks|binenkort niet)"),
        _p(r"(?:auto|trein|bus|vrachtwagen|tram) (?:\w+ )?over (?:me|my) heen"),
        _p(
            r"geen (?:kracht|energie|moed|puf) (?:mer )?om (?:\w+ )?(?:te leven|dor te gan|"
            r"verder te gan)"
        ),
        _p(
            r"(?:me|mezelf) (?:\w+ ){0,3}(?:gebrand|gesneden|gekrast|geslagen|"
            r"verwond) (?:\w+ ){0,3}expres|"
            r"expres (?:\w+ ){0,3}(?:pyn|gebrand|gesneden|gekrast|verwond)"
        ),
        _p(r"naar de overkant(?! van\b)(?= ?,| ?$| ?\.| bij\b)"),
        _p(r"(?:wil|ga) (?:het|alles) (?:\w+ )?beindig\w*" + END),
        _p(r"mak\w* mezelf kapot", unless=r"werk|sport|zorgen|stres|piekeren"),
        _p(r"er (?:\w+ ){0,2}(?:beter|liever) niet (?:\w+ )?(?:zyn|wezen|ben)(?!\w)"),
        _p(r"wil er (?:gewon |echt |gwn )?niet zyn" + END),
        _p(r"(?:ik|dat ik) (?:\w+ )?dod moet(?!\w)(?! (?:schamen|lachen))"),  # not an idiom
        _p(
            r"water (?:\w+ ){0,3}(?:ga erin|ga er in|erin lopen|in lopen|in springen)|niet mer "
            r"(?:boven (?:te )?komen|bovenkomen)",
            unless=r"warm|zwem\w*|hond|vissen|haha",
        ),
        _p(
            r"(?:laatste keer|laatste bericht) (?:\w+ ){0,4}(?:van my|horen|zien)|"
            r"dit is (?:een |myn )?"
            r"afscheid(?! van (?:myn|de|het) (?:oude|buurt|huis|werk|colega))",
            unless=r"\bbel\b|nemen|gemente|opnemen",
        ),
        _p(
            r"om te springen" + END + r"|(?:laten|me|my) (?:\w+ )?(?:overyden|anryden)|"
            r"(?:overeden|angereden) (?:te )?worden"
        ),
        _p(rf"[1-9][0-9]+ (?:\w+ )?{DRUGS} (?:\w+ ){{0,3}}(?:liggen|ligen|klar|gespard|verzameld)"),
        _p(r"(?:dit is|vandag is|morgen is) myn laatste (?:dag|nacht|avond)" + END),
        _p(r"punt achter (?:\w+ )?gezet(?= ?\.| ?$| ?,? ?ik ga)"),
        _p(r"aan het (?:snyden|krasen)" + END, unless=r"groente|brod|vles|\bui\b|hout|papier|har"),
        _p(r"waarom ben ik (?:\w+ ){0,2}niet (?:\w+ )?dod"),
        _p(r"was ik (?:\w+ )?maar (?:\w+ )?(?:nooit|niet) (?:mer )?waker geworden"),
        _p(
            r"om (?:\w+ )?(?:dod te gan|te sterven|er een eind aan te maken|"
            r"zelfmord te plegen)|geen "
            r"reden (?:mer )?om (?:\w+ )?(?:dor|verder) te gan(?! met)|"
            r"verdwynen en (?:nooit|niet) mer "
            r"(?:terugkomen|terug te komen|terug)",
            unless=r"saai|lach|vervelend|verveling|haha|bang|angst",
        ),
        _p(
            r"(?:stopen|stop|ophouden) (?:[^\s.]+ ){0,4}met (?:ademen|bestan)|niet (?:mer )?waker "
            r"(?:word|worden) (?:\w+ ){0,3}(?:prima|goed|niet erg|maakt niet uit|fyn)|"
            r"of ik (?:\w+ )?"
            r"(?:lef|leven) of (?:\w+ )?(?:dod|sterf)|er ?vor (?:springen|gan liggen)|"
            r"wil (?:[^\s.]+ ){0,6}"
            r"dat ik er (?:\w+ )?niet mer ben"
        ),
        _p(
            rf"al myn {DRUGS} (?:\w+ ){{0,5}}om (?:\w+ )?in te nemen",
            unless=r"week|dag|ochtend|avond|apotheek",
        ),
        _p(
            r"euwige (?:rust|slap)|klar (?:vor )?om te gan" + END + r"|beter (?:\w+ ){0,3}als ik "
            r"(?:\w+ )?verdwyn(?!\w)|(?:wil|zou|liefst|liever) (?:\w+ ){0,3}onder de grond|"
            r"wil ik niet "
            r"(?:mer )?verder"
            + END
            + r"|zonder (?:myn|hem|haar) (?:\w+ ){0,2}wil ik niet (?:mer )?"
            r"(?:verder|leven)"
        ),
        # euphemisms and the means, in other word orders
        _p(
            r"tusenuit (?:te )?knyp\w*|(?:wil|ga|gan|zal) (?:\w+ )?(?:de pyp uit|het hoekje om)|"
            r"(?:inslapen|slapen|verdwynen) (?:en )?(?:niet|nooit) mer terug(?:komen|te komen)?|"
            r"er niet mer wil (?:zyn|leven)|niet mer wil leven"
        ),
        _p(
            r"(?:ga|wil|zal) (?:\w+ ){0,4}tegen (?:een|de) (?:bom|muur|paal|vrachtwagen|trein|"
            r"brugpijler) "
            r"(?:an )?(?:ryden|knalen|ryd|rossen)|(?:ga|wil|"
            r"zal) (?:\w+ ){0,2}(?:het )?gas (?:open|an) "
            r"(?:zeten|draaien|te zeten)|(?:ga|wil|zal) (?:\w+ ){0,2}(?:in|van|vanaf|"
            r"voor) (?:de|het|een) "
            r"(?:gracht|rivier|kanal|water|zee|brug|flat|dak|trein) (?:\w+ )?springen",
            unless=r"zwem\w*|warm|haha|verhuis|afsluiten",
        ),
        _p(r"laatste brief (?:\w+ )?(?:geschreven|klar)" + END, unless=r"gemente|instantie|aan de"),
        _p(
            r"(?:ben|zyn) er (?:\w+ ){0,2}niet lang mer|er maar mee (?:op te houden|ophouden|"
            r"stopen)|"
            r"geen reden (?:mer )?om (?:\w+ )?op te stan(?! met)|dan spring ik|"
            r"spring ik (?:er )?(?:af|"
            r"in|van)"
            + END
            + r"|(?:stop|kap|ophouden) (?:ermee )?(?:, )?met alles"
            + END
            + r"|van de ardbodem (?:\w+ )?verdwyn\w*"
        ),
        _p(
            r"(?:wil|ga) stopen (?:met )?(?:leven|bestan)(?!\w)|(?:wil|ga|zal) (?:my|"
            r"me) (?:\w+ )?pyn "
            r"(?:doen|te doen)"
        ),
        # en
        _p(
            r"suicid\w*|kil\w* (?:my ?self|meself|myselfe|himself|herself|themselves)|"
            r"end (?:it all|my (?:own )?life|my self)|take my (?:own )?life"
        ),
        _p(
            r"(?:wants|wanted|wanting|want|wish|like|going|ready|plan\w*|"
            r"need) (?:\w+ ){0,2}to (?:die|be dead|"
            r"not exist|stop existing|disappear forever|end it|end things|end everything|"
            r"sleep forever)(?!\w)(?! (?:\w+ )?hair)(?! (?:with|for|on|at|there)\b)",
            unless=r"at home|in (?:a |the )?hospital|hospice|peacefuly|in (?:her|his) slep|dignity|"
            r"one day|afairs|we are al|everyone dies",
        ),
        _p(
            r"wish (?:i|id) (?:was|were|had) (?:dead|never ben born|died)|better of dead|"
            r"better of without me|rather be dead|rather die|wish i (?:could )?die",
            unless=r"haha|\blol\b|joke|lmao",
        ),
        _p(
            r"(?:dont|do not|no longer|not|never|dont even) (?:\w+ )?(?:want|wish|wana|"
            r"ned) (?:to )?"
            r"(?:live|be alive|be here|be there|exist|wake up|go on|be in this world|be around)"
            r"(?! (?:here|in|with|there|at|near|next|alone|together|on|abroad|close|like that|by|"
            r"when|if|while|before|after|for)\b)"
            r"(?! (?:early|late|before|so early)\b)",
            unless=r"flat|house|place|city|town|job|school|country|neighbourhod|neighborhod|street|"
            r"mould|mold",
        ),
        _p(
            r"(?:no reason|nothing left|nothing) to live for|not worth living|"
            r"no point (?:in )?(?:living|going on)|life (?:is|feels) (?:pointless|meaningles|"
            r"not worth)"
        ),
        _p(r"(?:sleep|fal asleep) (?:\w+ ){0,3}(?:and )?(?:never|not) (?:\w+ )?wake up(?! to\b)"),
        _p(r"hope (?:\w+ ){0,2}(?:dont|do not|never|wont|will not) (?:\w+ )?wake up"),
        _p(
            r"(?:no|dont see the|dont see any|whats the|what is the) point (?:\w+ )?(?:in |"
            r"of )?(?:living|life|going on|being alive|anything anymore)|(?:done|"
            r"finished) with (?:life|living|it all|everything)" + END
        ),
        _p(
            r"(?:feel like|thinking (?:about|of)|going to|want to|wana|"
            r"gona) (?:\w+ )?end(?:ing)? (?:it|things|everything)(?!\w)(?! (?:with|on|"
            r"at)\b)(?! for (?!god\b))"
        ),
        _p(
            r"(?:want|wish|like) (?:\w+ ){0,3}(?:to be|be) gone"
            + END
            + r"|(?:nobody|no one|noone) (?:would|will|wil) (?:\w+ )?(?:miss|notice|"
            r"care) (?:\w+ )?(?:if|when) (?:i|im) (?:was|were|am|died|disapeared|gone|dead|not|"
            r"wasnt)"
        ),
        _p(
            r"(?:take|taking|end|ending|took) (?:\w+ )?my (?:own )?life|goodbye (?:leter|note)|"
            r"(?:made|tied|bought) (?:\w+ )?(?:a )?nose|said goodbye to (?:my )?(?:kids|"
            r"children|family|"
            r"everyone)|(?:al night|for hours) (?:\w+ ){0,2}(?:on|at) the (?:bridge|roof|tracks)|"
            r"(?:on|at) the (?:bridge|roof|tracks) (?:\w+ )?(?:al night|for hours)|"
            r"suicide note|farewel (?:leter|note)"
        ),
        _p(
            r"(?:pils|tablets|meds|medication) (?:\w+ ){0,2}ready",
            unless=r"week|box|morning|evening|daily|organiser|organizer",
        ),
        _p(
            r"cut\w* (?:herself|himself|themselves|myself)",
            unless=r"hair|accident|cooking|kitchen|shaving|by mistake",
        ),
        _p(
            r"(?:cant|can not|cannot|dont want to) (?:\w+ )?go on (?:living|with life|"
            r"like this anymore)(?!\w)"
        ),
        _p(
            r"(?:take|taking|swalow|swalowing|overdose on) (?:\w+ ){0,2}(?:al|whole|bottle of|"
            r"entire|box of) (?:\w+ ){0,2}(?:pils|tablets|medication|medicine|meds|"
            r"sleping pils)"
        ),
        _p(
            r"(?:hurt\w*|harm\w*|cut\w*|burn\w*|hang\w*|poison\w*|shot|shoot|drown\w*|"
            r"starv\w*) (?:my ?self|myself)",
            unless=r"accident|by mistake|cooking|kitchen|shaving|lifting|fel |garden|at work|"
            r"yesterday while|sport|gym|stove|oven|iron|on (?:a|the) ",
        ),
        _p(
            r"(?:jump|jumping|throw myself) (?:\w+ ){0,2}(?:of|in front of|from|under) (?:a|"
            r"the) (?:bridge|building|roof|train|balcony|flat|car|truck)"
        ),
        _p(
            r"(?:al|whole|bottle of|entire) (?:\w+ ){0,2}(?:pils|tablets|medication|medicine|"
            r"sleping pils)(?: \w+){0,3} (?:take|swalow|taking|saving|stockpil\w*)|(?:saving|"
            r"stockpil\w*|hoarding) (?:\w+ ){0,2}(?:pils|tablets|medication)"
        ),
        _p(
            r"disapear (?:\w+ ){0,2}(?:and never come back|forever|for god)|(?:rope|nose) (?:\w+ )?"
            r"(?:ready|tied|bought)|life (?:\w+ )?(?:isnt|is not|not|aint) worth|better of gone|"
            r"(?:not|wont) (?:\w+ ){0,2}(?:be around|be here) (?:\w+ )?(?:much )?longer|"
            r"done (?:with )?"
            r"(?:living|life)(?!\w)"
        ),
        _p(
            r"wish (?:\w+ )?(?:i|id) (?:wasnt|werent|was not|were not) (?:alive|here|born)|"
            r"wish i (?:was|"
            r"were|had) never (?:ben )?born|(?:hapier|better of|beter) (?:\w+ )?(?:if i (?:was|"
            r"were|am) "
            r"(?:gone|dead|not here)|without me)|reason to (?:kep |go on |cary on )?(?:living|live)"
            r"(?!\w)|think\w* (?:about|of) (?:dying|my death|death|not being here|ending it)|"
            r"(?:cuting|self harming|burning myself)(?: (?:again|myself))?"
            + END
            + r"|end (?:his|her|their) (?:own )?life"
        ),
        _p(
            r"(?:tired|sick) of (?:living|life|being alive)|stop living|no wil to live|"
            r"should (?:just )?"
            r"die|death (?:\w+ ){0,3}(?:only way|way out|answer|solution)"
        ),
        _p(
            r"(?:this is|these are) my (?:last|final) (?:mesage|words|godbye)"
            + END
            + r"|(?:took|swalowed|taken) (?:a bunch|a lot|lods|lots|a handful|handful) of "
            r"(?:pils|tablets|meds)|(?:standing|siting|im|i am) (?:on|at) (?:the|a) (?:bridge|rof|"
            r"edge|tracks|ledge)" + END
        ),
        _p(r"drive (?:\w+ ){0,2}into (?:a|the) (?:wal|tre|truck|river|canal)"),
        _p(
            r"(?:dont|do not|cant|cannot) se the point(?: (?:anymore|of (?:living|life|"
            r"anything)))?"
            + END
            + r"|want (?:it )?al to end|(?:hit|hurt|punch|scratch|burn)\w* myself when",
            unless=r"form|leter|aplication|this job",
        ),
        # tr
        _p(
            r"intihar\w*|kendi[mn]i (?:\w+ )?(?:oldur|as|asmak|asaca\w*|yarala|kes|zarar|"
            r"oldurmek|atmak|ataca\w*)\w*|canima kiy\w*|kendi(?:m|n)e (?:\w+ )?zarar\w*|"
            r"(?:dunyadan|hayattan) (?:\w+ )?(?:gitmek|ayrilmak|gocmek) isti\w*|kendime kiy\w*"
        ),
        _p(r"hayatima (?:\w+ )?son ver\w*|her seye son ver\w*|bu hayata son\w*|hayatimi bitir\w*"),
        _p(
            r"olmek (?:\w+ )?ist(?:i|ed)\w*|olsem (?:daha iyi|keske|kurtulu\w*)|"
            r"keske (?:\w+ )?(?:olsem|olseydim|hic dogmasaydim|olup gitsem)|olup gitmek isti\w*",
            unless=r"evde|hastane|huzur|yatag",
        ),
        _p(
            r"(?:artik )?yasamak (?:\w+ )?istemi\w*(?! (?:burada|orada|onunla|yalniz))|"
            r"yasamak isti\w* (?:\w+ )?degil|yasamanin (?:\w+ )?(?:anlami|bir anlami) (?:yok|"
            r"kalmadi)|hayatin (?:\w+ )?anlami (?:yok|kalmadi)|"
            r"yasamaya (?:\w+ )?(?:devam etmek )?istemi\w*",
            unless=r"\w+(?:da|de|ta|te|la|le) yasama|yalniz yasama|burada|orada|ayri yasama",
        ),
        _p(
            r"(?:yok olmak|kaybolmak|ortadan kaybolmak) isti\w*|bir daha (?:hic )?uyanma\w*|"
            r"uyuyup (?:\w+ )?uyanma\w*|uyanmak istemi\w*",
            unless=r"tatil|hafta sonu|gezi|sehirden|mahalleden",
        ),
        _p(
            r"bilek\w* (?:\w+ )?kes\w*|(?:kopruden|catidan|balkondan|binadan|dan) atla\w*|"
            r"trenin onune (?:\w+ )?atla\w*"
        ),
        _p(
            r"(?:butun|tum|hepsini|bir kutu|kutu) (?:\w+ ){0,2}(?:hap|ilac)\w* (?:\w+ )?(?:ic|"
            r"yut|al)\w*|(?:hap|ilac)\w* (?:\w+ )?(?:biriktir|topla)\w*"
        ),
        _p(
            rf"{AR}(?:اجرح|اقطع|احرق|جرحت|قطعت|حرقت) (?:\w+ )?(?:يدي|ذراعي|جسمي|معصمي|رسغي|ساقي)",
            unless=r"بالخطا|بالغلط|علبه|وانا|اثناء|المطبخ|بسكين المطبخ",
        ),
        _p(r"kopru\w* (?:\w+ ){0,3}atla\w*"),
        _p(
            r"(?:الجسر|السطح|البلكونه|النافذه|العماره|الشباك) (?:\w+ ){0,3}(?:اقفز|ساقفز|انط|"
            r"القي|ارمي)"
        ),
        _p(r"(?:اتخلص|اخلص|ساتخلص) (?:\w+ )?من (?:حياتي|نفسي)"),
        _p(r"(?:hap|ilac)\w* (?:\w+ )?(?:icip|yutup|alip|icerek) (?:\w+ )?ol\w*"),
        _p(
            r"(?:يريد|تريد|يبغي|تبغي|بدو|بدها|عايز|عايزه) (?:\w+ )?(?:ان )?(?:يموت|تموت|ينتحر|"
            r"تنتحر)",
            unless=r"البيت|المنزل|المستشفي|بسلام|بهدوء",
        ),
        _p(r"(?:انام|النوم) (?:\w+ ){0,2}(?:ولا|وما|ولن) (?:\w+ )?(?:اصحو|اصحي|استيقظ)"),
        _p(r"hayatimi (?:\w+ )?(?:sonlandir|bitir)\w*"),
        _p(r"(?:لم|ما) (?:اكن|كنت) (?:حيا|موجودا|موجود)|ليتني (?:لم|ما) (?:اكن|اولد)"),
        _p(
            r"(?:اقفز|ساقفز|انط|سانط|ارمي نفسي|سارمي نفسي) (?:\w+ )?من (?:الجسر|السطح|البلكونه|"
            r"النافذه|العماره|الشباك|الطابق)"
        ),
        _p(r"(?:سببا|سبب|داعي|داعيا) (?:\w+ )?(?:للعيش|للحياه|لاعيش)"),
        _p(
            r"yasamaktan (?:\w+ )?(?:yoruldum|biktim|usandim)|olum (?:\w+ ){0,2}(?:tek|cikis|"
            r"cozum|kurtulus)"
        ),
        _p(
            r"(?:تعبت|مليت|زهقت|سئمت) من (?:العيش|الحياه)|الموت (?:\w+ )?(?:هو )?(?:الحل|"
            r"الطريق|المخرج)|"
            r"اتوقف عن العيش|(?:ان )?اكون (?:حيا|موجودا)",
            unless=r"هنا|هون|انتقل|انقل|البيت|العمل|الشغل|المدينه|\bالحي\b|البلد",
        ),
        _p(
            r"son mesaj\w*" + END + r"|kopru\w* (?:uzerindeyim|ustundeyim)|kimse (?:\w+ )?"
            r"(?:ozlemeyecek|fark etmeyecek|umursamayacak)",
            unless=r"belediye|kurum|ev sahibi",
        ),
        _p(
            r"her seyi (?:\w+ )?(?:bitir|sonlandir)\w*|(?:olsem|olursem) (?:\w+ )?(?:kimsenin )?"
            r"umurunda (?:olmaz|olmayacak|degil)",
            # "her şeyi bitirdim, formlar tamam": the paperwork is finished
            unless=r"form\w*|belge\w*|evrak\w*|odev\w*|basvuru\w*|dosya\w*|tamam|ne yap\w*",
        ),
        _p(
            r"artik (?:\w+ )?(?:burada|bu dunyada|bu hayatta) olmak istemi\w*|hayatim (?:\w+ )?"
            r"yasamaya degmez|bitsin isti\w*|kendime (?:\w+ )?(?:vuruyorum|zarar)",
            unless=r"icra|ev sahibi|toplanti|memur",
        ),
        _p(r"(?:dunyada|hayatta) (?:\w+ )?yasamak (?:\w+ )?istemi\w*"),
        _p(r"uyanmasam|uyanmasaydim|hic uyanma\w*"),
        _p(r"(?:kollarimi|bileklerimi|bacaklarimi|kolumu|bilegimi) (?:\w+ )?kest\w*"),
        _p(
            r"ol(?:ecem|cem|ecegim)(?: artik| valla| yeter)?"
            + END
            + r"|(?:bu )?hayat (?:\w+ )?bitsin",
            unless=r"\w+(?:tan|ten|dan|den) ol|haha|kira|is|okul",
        ),
        # ar
        _p(rf"{AR}انتحار\w*|{AR}(?:ا|ي|ت|ن)?نتحر\w*"),
        # Arabic in Latin letters (Moroccan, Egyptian, Levantine): "bghit nmout", "3ayez amoot",
        # "ma bghitch n3ich", "mesh 3ayez a3ish", "ya rab khodni"
        _p(
            r"(?:bghit|b[g9q]it|baghi|baghia|bghiti|3ay[ez]+|3ayza|3aw[ez]+|3awza|bad+i|bdi|bid+i|"
            r"abi|ab[g9q]a|nefsi|nefsy|nfsi|wid+i|wdi) (?:\w+ ){0,2}[nae]?mou?te?(?!\w)",
            unless=r"\b(?:haha|ضحك|dh7k|d7ek|jo3|ju3|l9ntra)",
        ),
        _p(
            r"(?:ma ?|me?sh ?|mi?sh ?|mo?sh ?|mu?sh ?|mch ?|mo ?)"
            r"(?:b[g9q]h?it|baghi|baghia|3ay[ez]+|3ayza|3aw[ez]+|3awza|bad+i|bdi|bid+i|abi|"
            r"ab[g9q]a)\w* (?:\w+ ){0,2}"
            r"(?:[nae]?3[ae]?[iy]?(?:ch|sh|s)|nkam+el|akam+el|kam+el)(?!\w)",
            unless=r"\bf (?:had|hadi|hada)\b|hna|hon|houn|hena|l?blad|fi hal|beled|dar\b",
        ),
        _p(
            r"(?:ya ?rab+[iy]?|allah|rab+i) (?:\w+ )?(?:ta?[5k]h?od|ya[5k]h?od|ye[5k]h?od|[5k]h?od)"
            r"\w*|(?:khod|5od|khd)ni (?:ya ?rab|allah)"
        ),
        _p(
            rf"{AR}(?:اقتل|قتل|اموت|انهي|انهاء|اذي|اوذي|اذيت|اجرح|جرح|احرق|اشنق|ارمي|"
            rf"اشرب) ?(?:ب)?(?:نفسي|حالي)"
        ),
        _p(
            rf"{AR}(?:يقتل|تقتل|ينتحر|تنتحر|يوذي|توذي|يجرح|تجرح|يشنق|يحرق|ينهي|"
            rf"تنهي) ?(?:ب)?(?:نفسه|نفسها|حياته|حياتها)"
        ),
        _p(rf"{AR}(?:انهي|انهاء|انهيت|اضع حدا ل|ساضع حدا ل)\w* ?حياتي"),
        _p(
            r"(?:الحياه|حياتي|العيش) (?:\w+ ){0,3}(?:انهيها|انهيه|ان انهيها)|(?:انهي|"
            r"انهاء) (?:كل شيء|كل شي|كل شىء)"
        ),
        _p(
            rf"{AR}(?:اريد|اود|ابغي|ابي|بدي|نفسي|عايز|عايزه|حابب|حابه|"
            rf"اتمني) (?:\w+ )?(?:ان )?(?:اموت|الموت|موت)(?! (?:في|ب)\w* ?(?:البيت|بيتي|المنزل|"
            rf"هدوء|سلام))"
        ),
        _p(
            r"(?:ليتني|ياريتني|يا ريتني|يا ليتني) (?:\w+ )?(?:مت|ميت|ميته|لم اولد|ما انولدت|"
            r"ما خلقت)"
        ),
        _p(
            r"(?:لا|ما|مش|مو|لم) ?(?:اريد|ارغب|اعد اريد|اود|ابغي|ابي|بدي|عايز|عايزه|عاد بدي|"
            r"عدت اريد|عاوز|عاوزه|رغبه لي) "
            r"(?:\w+ )?(?:ان )?(?:اعيش|العيش|الحياه|عيش|اكمل|ابقي|استيقظ|اصحي|"
            r"اصحا|اصحو)(?! (?:بعيدا|بعيد|مبكرا|باكرا|متاخرا)\b)"
            r"(?! (?:في|مع|وحدي|لوحدي|هنا|هناك|بدون|عند|بهذا|بهذه|قرب)\b)"
        ),
        _p(
            r"(?:انام|النوم) (?:\w+ ){0,2}(?:ولا|وما|ولن|و لا|و ما|ومش) (?:\w+ )?(?:استيقظ|"
            r"اصحي|اصحا|اقوم)"
        ),
        _p(
            r"(?:لا|ما) (?:\w+ )?(?:معني|فايده|قيمه) (?:\w+ )?(?:لحياتي|للحياه|من حياتي|"
            r"من الحياه|من العيش)|حياتي (?:\w+ )?(?:بلا|لا) (?:معني|قيمه)"
        ),
        _p(
            rf"{AR}(?:ابلع|اشرب|اخذ|اتناول) (?:\w+ )?(?:كل|علبه|شريط) (?:\w+ )?(?:الحبوب|حبوب|"
            rf"الدواء|ادويه|الادويه)"
        ),
        _p(
            r"(?:كل|علبه|شريط) (?:\w+ ){0,2}(?:الحبوب|حبوب|الدواء|ادويه|"
            r"الادويه)\w* (?:\w+ ){0,2}(?:ابلع|اشرب|اخذ|اتناول|ساخذ|سابلع)"
        ),
        _p(
            rf"{AR}(?:اختفي|اختفاء) (?:\w+ )?(?:للابد|من العالم|من الدنيا)|"
            rf"الموت (?:\w+ )?(?:افضل|احسن) (?:\w+ )?(?:لي|من)"
        ),
        _p(
            r"(?:اخر|هذه اخر) رساله(?: (?:مني|لكم|لكن))?" + END + r"|(?:واقف|واقفه|انا|جالس|جالسه) "
            r"علي (?:الجسر|السطح|حافه)|(?:لن|ما حد راح|محد) (?:\w+ )?يفتقدني|يفتقدني احد",
            unless=r"للبلديه|البلديه|الطابور",
        ),
        _p(
            rf"{AR}(?:انهي|نهي) كل (?:شيء|شي)|(?:لو|اذا) مت (?:\w+ ){{0,2}}(?:لن|ما|محد) (?:\w+ )?"
            rf"(?:يهتم|يحزن|يفتقدني|يلاحظ)"
        ),
        _p(
            r"(?:لا|ما) (?:\w+ )?(?:اريد|بدي|ابي) (?:\w+ )?(?:ان )?اكون (?:هنا|هون|"
            r"موجودا)(?! عندما)|"
            r"(?:لا|ما) (?:تستحق|يستحق) العيش|(?:ان )?ينتهي كل (?:شيء|شي)|(?:اخذ|ابلع|اشرب) كل "
            r"(?:حبوبي|ادويتي|الحبوب)|(?:اضرب|اجرح|اوذي) نفسي"
        ),
        _p(
            r"(?:بدي|ابي|ابغي|اريد) (?:\w+ )?(?:اخلص|خلص|اتخلص) من (?:حياتي|نفسي)|ودي اموت|"
            r"ودي انتحر"
        ),
        # Session 9, from the learning part: what the rules above still let through.
        _p(
            r"(?:al|twee|drie|\d+ ?x|\d+ keer) (?:\w+ ){0,3}geprobeerd (?:\w+ |, ){0,6}"
            r"(?:keer|nu) (?:\w+ ){0,3}(?:lukken|lukt)"
            r"|(?:touw|strop) om (?:m[ey]n|me) (?:nek|hals)"
            r"|(?:waarom|wrm|waarvoor) leef ik (?:\w+ )?nog|why am i (?:even )?still alive"
        ),
        _p(
            r"(?:i ?m|i am) done (?:\. )?(?:good ?bye|bye)"
            r"|ik (?:heb|had) ze (?:allemaal )?opgespaard"
            r"|opgespaard in plaats van (?:ze )?(?:in)?(?:te )?nemen"
            r"|(?:krassen|snijden|kras|snij)\w* (?:\w+ ){0,4}(?:moet|wil|ga) (?:\w+ )?dieper"
            r"|te laat(?: ,)? (?:\w+ ){0,3}(?:ik neem|neem ik) afscheid",
            unless=r"mijn collega|pensioen|verhuis",
        ),
        _p(
            r"als (?:ze|men|iemand) me (?:pas )?(?:na (?:\w+ ){1,2})?vinden|when they find me"
            r"|euthanasie (?:\w+ ){0,6}(?:niet meer wil|niet meer leven|wil stoppen)"
            r"|(?:ik|me|mezelf) (?:\w+ ){0,6}verdwijnen(?: ,)? (?:voor altijd|definitief)"
            r"|is verdwijnen(?: ,)? (?:voor altijd|definitief)"
            r"|i (?:just )?want to disappear forever"
            r"|(?:paracetamol|pills|sleeping pills|pillen|slaappillen) (?:\w+ ){0,4}"
            r"(?:without|zonder) (?:\w+ ){0,3}(?:asking|vragen)"
        ),
    ),
    "violence": (
        # nl
        _p(
            r"huiselyk geweld|geweld (?:\w+ ){0,3}(?:thuis|in huis|in ons huis|in het gezin)|"
            r"thuis (?:\w+ ){0,3}geweld|gewelddadig\w*"
        ),
        _p(
            r"mishandel\w*|verkracht\w*|aanrand\w*|aangerand|incest|seksueel (?:geweld|"
            r"misbruik\w*)|sexueel (?:geweld|misbruik\w*)|misbruikt|kindermisbruik|loverboy"
        ),
        _p(
            r"misbruik\w* (?:\w+ )?(?:me|my|myn (?:dochter|zon|kind|kinderen)|ons|haar|"
            r"hem)(?!\w)(?! (?:van|als))"
        ),
        _p(
            rf"{PERSON_NL} (?:\w+ ){{0,2}}{HIT_NL} (?:\w+ )?(?:my|me|ons|mezelf|myn moeder|"
            rf"mama|mam|myn vrouw|myn zus|myn broer)(?!\w)(?!(?: \w+){{0,3}} over\b)",
            unless=r"bedreig\w* (?:\w+ )?met (?:een )?(?:ontruiming|boete|deurwarder|rechter|"
            r"politie|"
            r"advocat|brief|incaso|afsluiting)",
        ),
        _p(
            rf"{HIT_NL} (?:\w+ )?(?:my|me|ons)(?!\w)(?! (?:niet|nooit))(?!(?: \w+){{0,3}} over\b)",
            unless=r"bedreig\w* (?:\w+ )?met (?:een )?(?:ontruiming|boete|deurwarder|rechter|"
            r"politie|"
            r"advocat|brief|incaso|afsluiting)|lach|sla my erdoorheen|kop|dood van|sla me er",
        ),
        _p(
            rf"(?:heeft|had|hebben) (?:\w+ )?(?:my|me|ons|myn (?:moeder|vrouw|kind|kinderen|"
            rf"zon|dochter)) {POSITIVE}{{0,3}}(?:geslagen|geschopt|getrapt|gestompt|gewurgd|"
            rf"mishandeld|verkracht|misbruikt|opgesloten|in elkar geslagen|van de trap geduwd|"
            rf"geduwd)"
        ),
        _p(
            r"keel (?:\w+ ){0,2}(?:dicht|dichtgeknepen|dichtknypt|dicht te knypen)|(?:knypt|"
            r"kneep|knepen) (?:\w+ ){0,2}(?:keel|strot)|(?:wurgt|wurgde|wurgen) (?:my|me|haar)"
        ),
        _p(
            r"(?:word|werd|worden|wordt|ben|was|waren) (?:\w+ ){0,5}(?:geslagen|geschopt|"
            r"getrapt|gestompt|gewurgd|mishandeld|in elkar geslagen|verkracht|misbruikt|"
            r"opgesloten|bedreigd met (?:een )?(?:mes|wapen|pistol|dod))",
            unless=HYPERBOLE + r"|door de (?:rekeningen|brieven|belasting|post)",
        ),
        _p(
            rf"(?:slat|slaan|sloeg|schopt|trapt|mishandelt|mishandelde|duwt|knypt|wurgt|pakt|"
            rf"sla) (?:\w+ )?(?:myn|mn|de|ons|onze|het|haar|zyn) {CHILD_NL}(?!\w)",
            unless=r"bal|huiswerk|over|alarm|deur|trom|dicht|op de trom|les|tenis",
        ),
        _p(
            rf"{CHILD_NL} (?:\w+ ){{0,3}}(?:word|wordt|worden|werd|"
            rf"werden) (?:\w+ ){{0,2}}(?:geslagen|geschopt|mishandeld|misbruikt|bedreigd|"
            rf"opgesloten|verwarloosd|aangeraakt)"
        ),
        _p(
            rf"{CHILD_NL} (?:\w+ ){{0,3}}(?:is|zyn|voelt zich|"
            rf"voelen zich) (?:\w+ )?(?:niet veilig|onveilig|in gevar|bang voor (?:hem|haar|"
            rf"zyn vader|haar vader|myn man|myn ex)(?! (?!en\b)\w))",
            unless=r"verkeer|fiets|oversteken|straat|drukke weg|zwembad|school|spel\w*|park|plein|"
            r"glas|buiten|water|strand|bouw\w*|stoep|trap|balkon|hek|gemente",
        ),
        _p(rf"(?:zit|zat|zitten|komt|kwam) (?:\w+ )?aan (?:myn|mn|ons|onze|haar) {CHILD_NL}"),
        # someone else hit: "hij slaat haar, ze heeft...", "sla ik hem soms als..."; not
        # "slaat haar pop" or "sla hem op" (her doll, save it)
        _p(
            r"(?:(?:hy|zy|ze|man|vriend|vader|broer|zon|ik) (?:\w+ )?(?:slat|sloeg|schopt|schopte|"
            r"mept|stompt|stompte|sla|trapt|trapte)|(?:sla|sloeg|schop|trap) ik) (?:har|hem)"
            + BLOW_GOES_ON
        ),
        _p(
            r"(?:he|she|husband|boyfriend|dad|father|brother|son|i) (?:\w+ )?(?:hits|hit|beats|"
            r"slaps|kicks|punches|chokes|slapped|punched|kicked) (?:her|him)" + BLOW_GOES_ON
        ),
        _p(
            r"(?:krijg|krijgen|kreg|kregen|krygt|krijgt|geeft|gaf|geven|"
            r"gef) (?:\w+ ){0,2}(?:klapen|klap|slagen|een pak slag|pak slag|trap|"
            r"schop)(?: (?:van|thuis))?(?!\w)(?! (?:op|van de|van het leven|gehad van de))",
            unless=r"handen|applaus|de klapen|de ene klap|klap van de|financiel|mol|de molen|"
            r"eerste klap|een klap op de|de klap|haha|hihi|belasting|gemente|instantie",
        ),
        _p(
            r"(?:bang|angst|doodsbang|bangig) (?:\w+ ){0,2}(?:voor|van) (?:myn|mn|haar|"
            r"zyn) (?:man|vrouw|partner|vriend|vriendin|vader|pa|stiefvader|ex|exman|"
            r"schonvader|echtgenot\w*)(?!\w)(?! (?:zyn|haar|z|hun) \w)",
            unless=r"vroeger|toen ik (?:klein|jong|kind)|niet mer bang|was ik bang|ik was bang|"
            r"ziek|"
            r"gezondheid|dement|operatie",
        ),
        _p(
            r"(?:houdt|hield|sluit|sloot) (?:\w+ )?(?:my|me|ons|"
            r"de kinderen) (?:\w+ )?(?:opgesloten|binen|vast)(?!\w)",
            unless=r"verdrietig|knuffel|troost|\blief\b|als ik bang|hand",
        ),
        _p(
            r"durf\w* (?:\w+ )?(?:niet|nooit) (?:mer )?(?:naar huis|thuis|terug naar huis|"
            r"naar binen)(?! te (?:bellen|schryven|sturen|mailen|apen))",
            unless=r"haha|hihi|lol|rapport|cyfer|cijfer",
        ),
        _p(
            r"bang (?:\w+ )?om (?:\w+ )?(?:naar huis|thuis) (?:te gan|te komen|te zyn)",
            unless=r"haha|hihi|lol|rapport|cyfer|cijfer",
        ),
        _p(
            rf"{PERSON_NL} (?:\w+ ){{0,8}}dreigt"
            + END
            + r"|(?:stat|stond|komt|kwam) (?:\w+ ){0,3}(?:voor de deur|aan de deur|bij myn huis|"
            r"bij ons huis) (?:\w+ ){0,3}(?:dreigt|schreeuwt|bonkt|trapt|bedreigt)"
        ),
        _p(
            rf"{PERSON_NL} (?:\w+ )?(?:my|me|ons|de kinderen|"
            rf"myn moeder) {POSITIVE}{{0,2}}{HIT_NL}(?!\w)(?! over)"
        ),
        _p(
            r"(?:trekt|trok|sleurt|sleurde|sleept|sleepte) (?:\w+ )?(?:my|me|ons|"
            r"haar) (?:\w+ ){0,2}(?:aan (?:myn|haar) (?:haren|har)|door het huis|over de grond|"
            r"aan myn arm)"
        ),
        _p(
            rf"{PERSON_NL} (?:\w+ ){{0,2}}(?:my|me|ons|de kinderen) (?:\w+ )?(?:iets|wat|"
            rf"pyn) (?:aandoet|aan doet|aan zal doen|aan gat doen|doet)(?!\w)"
        ),
        _p(
            r"dwingt (?:\w+ )?(?:my|me|haar) (?:\w+ )?(?:tot )?(?:seks|sex)|"
            r"gedwongen (?:\w+ )?(?:tot )?(?:seks|sex)|(?:seks|sex) (?:\w+ ){0,3}tegen myn wil"
        ),
        _p(
            r"(?:zit|zat|komt|kwam) (?:\w+ )?aan (?:my|me|myn lichaam|"
            r"myn borsten)(?!\w)(?! (?:spulen|geld|telefon|eten))"
        ),
        _p(
            r"(?:niet|nooit) veilig (?:\w+ )?(?:thuis|in huis|bij hem|bij haar|bij myn (?:man|"
            r"vader|ex|partner|vriend))|thuis (?:\w+ ){0,2}(?:niet veilig|onveilig)|"
            r"onveilig thuis",
            unless=HOUSE_UNSAFE,
        ),
        _p(
            r"(?:sluit|sloot) (?:\w+ )?(?:my|me|ons|de kinderen) (?:\w+ )?op|opgesloten door|"
            r"dreigt (?:\w+ ){0,3}(?:te )?(?:slaan|vermorden|dod|iets aan te doen|pyn|"
            r"kapot te maken|af te maken|meenemen|ontvoeren)"
        ),
        _p(
            r"(?:blauwe plek\w*|blauw oog|gebroken (?:neus|arm|rib)) (?:\w+ ){0,4}(?:van|"
            r"door) (?:hem|haar|myn|mn)"
        ),
        _p(
            r"(?:me|my|ons|de kinderen) (?:\w+ )?(?:kapot|dod|af) (?:makt|mak|maken|te maken)",
            unless=HYPERBOLE,
        ),
        _p(
            r"(?:vader|stiefvader|oom|opa|broer|man|vriend|neef|"
            r"buurman) (?:\w+ ){0,2}aan (?:haar|hem|my|me) (?:zit|zat|komt|kwam)(?!\w)"
        ),
        _p(
            r"(?:agresief|agressief|gewelddadig|geweldadig) (?:\w+ )?(?:tegen|naar) (?:my|me|"
            r"ons|de kinderen|myn|haar)(?!\w)"
        ),
        _p(
            r"(?:heeft|had) (?:\w+ )?(?:myn|haar) (?:arm|neus|rib|ribben|kaak|pols|"
            r"vingers) (?:\w+ )?(?:gebroken|kapot)(?!\w)",
            unless=r"vallen|gevalen|sport|voetbal|ongeluk",
        ),
        _p(
            rf"{PERSON_NL} (?:\w+ ){{0,2}}(?:myn|de|haar) (?:kinderen|kind|zon|dochter|"
            rf"kids) (?:\w+ )?(?:iets|wat|pyn) (?:aandoet|aan doet|aan zal doen|aan gat doen|"
            rf"doet)(?!\w)"
        ),
        _p(
            r"(?:vader|stiefvader|moeder|stiefmoeder|man|partner|vriend|ex|oom|opa|hy) "
            r"(?:\w+ )?(?:slat|slaan|sloeg|schopt|trapt|mishandelt) (?:\w+ )?(?:myn|haar|zyn|ons) "
            r"(?:zusje|broertje|zus|broer)(?!\w)(?! (?:niet|noit|over)\b)",
            unless=r"\bover\b|bal|deur",
        ),
        _p(
            r"(?:wil|gat|gaat|dreigt) (?:\w+ )?(?:my|me|ons|haar) (?:\w+ )?(?:wurgen|te wurgen|"
            r"verstikken|neersteken|neerschieten)"
        ),
        _p(
            r"(?:my|me|ons|de kinderen) (?:\w+ )?(?:iets|wat) (?:aandoet|aan doet|aan zal doen|"
            r"aan gat doen)(?!\w)"
        ),
        _p(
            r"(?:scheldt|schreeuwt|drinkt|tiert) (?:\w+ )?(?:en|,) (?:slat|schopt|trapt|duwt|"
            r"sla)" + END
        ),
        _p(
            r"(?:papa|pa|mama|ma|stiefpapa|stiefvader|opa|oom) (?:\w+ )?(?:slat|schopt|"
            r"mishandelt|sloeg|"
            r"schopte) (?:mama|ma|papa|pa|my|me|ons|oma)(?!\w)"
        ),
        _p(
            r"(?:my|me|ons|de kinderen|haar|hem) (?:\w+ )?(?:vermordt|vermord|vermorden|"
            r"dod makt|dodmakt|"
            r"afmakt)(?!\w)",
            unless=HYPERBOLE,
        ),
        _p(
            r"(?:slat|slaan|sloeg|schopt|trapt|mishandelt|mishandelde) (?:\w+ )?(?:zyn|"
            r"haar) (?:vrouw|"
            r"vriendin|man|vriend|kinderen|kind|zon|dochter|partner)(?!\w)(?! (?:niet|noit|"
            r"over)\b)",
            unless=r"\bover\b|bal|deur",
        ),
        _p(
            r"bedreigd (?:\w+ )?door (?:myn|haar|zyn) (?:man|partner|vriend|ex|vader|"
            r"stiefvader|familie|"
            r"schonfamilie|moeder|oom|"
            r"zon|broer)|thuis bedreigd"
        ),
        _p(r"(?:hy|zy) (?:\w+ )?(?:slat|schopt|mishandelt|sloeg) (?:ze|hen)" + END),
        _p(
            r"(?:niet|nooit) veilig (?:[^\s.]+ ){0,6}(?:myn|haar|zyn) (?:man|partner|vader|ex|"
            r"vriend|stiefvader|vrouw)(?!\w)"
        ),
        _p(
            r"(?:gooit|gooide|smyt|smeet) (?:\w+ ){0,3}naar (?:my|me|ons|de kinderen|"
            r"myn (?:hofd|kinderen|moeder))(?!\w)"
        ),
        _p(r"(?:mes|wapen|pistol|geweer|byl) (?:\w+ )?(?:bedreigd|gedreigd)"),
        _p(
            r"naar (?:my|me|myn hofd|myn gezicht) (?:\w+ )?(?:gegooid|gesmeten|gooit|smyt)|"
            r"(?:gegooid|gooide|smet) (?:\w+ ){0,3}naar myn (?:hofd|gezicht)"
        ),
        # a child left alone, exploited, taken, hurt
        _p(
            r"lat (?:de|het|myn|haar|zyn|ons) (?:baby|kind|kinderen|peuter|kleuter|"
            r"kleine) (?:\w+ ){0,4}alleen"
        ),
        _p(r"gedwongen (?:\w+ ){0,3}(?:met mannen|seks|prostitutie|te werken vor|mee te gan)"),
        _p(
            r"meegenomen (?:\w+ ){0,5}(?:weet niet waar|weet ik niet waar|onbekend)|ontvoer\w*",
        ),
        _p(r"(?:gillen|gil|schreeuw\w*|huil\w*) (?:en |, )(?:slan|slat|klapen|geslagen)"),
        _p(
            r"(?:papa|vader|stiefvader|oom|opa|mama|moeder|hy|zy|man|vriend|partner|"
            r"ex) (?:\w+ ){0,2}"
            r"(?:haar|hem|my|me|ons) (?:\w+ ){0,2}pyn (?:doet|deed|gedan)",
            unless=r"woorden|gevoel\w*|verdriet|wat hy zei|emotionel|weggin|hart",
        ),
        _p(r"brandplek\w* (?:\w+ ){0,2}(?:sigaret\w*|strykyzer)"),
        _p(
            r"(?:mag|mocht) (?:\w+ )?(?:niet|nooit) (?:mer )?(?:naar buiten|de deur uit|bellen|weg|"
            r"alleen de deur uit)(?!\w)",
            unless=r"dokter|ziek|corona|quarantaine|huisarts|operatie|moe|huisarest|straf|koorts|"
            r"gips|been|enkel",
        ),
        _p(
            r"(?:heeft|had|hebben) (?:\w+ )?aan (?:my|me|haar|hem|myn (?:dochter|zon|"
            r"kind)) (?:\w+ )?gezeten"
        ),
        _p(
            r"myn hofd (?:\w+ ){0,3}tegen de (?:muur|deur|kast|vloer|grond) (?:\w+ )?(?:geslagen|"
            r"geduwd|gebonkt|gesmeten)|aangevallen (?:\w+ )?met (?:een )?(?:mes|wapen|byl|hamer|"
            r"knupel)|aangevallen door (?:myn|haar|zyn) (?:man|vriend|ex|vader|partner)"
        ),
        _p(
            r"(?:stiefvader|vader|papa|oom|opa|man|vriend|ex|partner|moeder|stiefmoeder|"
            r"hy) (?:\w+ )?"
            r"(?:haar|hem|ze|hen|my|me|ons) (?:\w+ )?(?:slat|schopt|mishandelt|sloeg|trapt|"
            r"mept)(?!\w)"
            r"(?! over)",
            unless=r"\bbal\b|spel|game|haha",
        ),
        _p(
            r"(?:tikt|tikte) (?:my|me) (?:\w+ )?hard|(?:my|me) (?:\w+ ){0,2}(?:een )?(?:klap|"
            r"klapen|trap|"
            r"schop|stomp|dreun|mep) (?:\w+ ){0,3}(?:gegeven|gaf|geeft|verkocht)|"
            r"klap in myn gezicht|"
            r"seks (?:\w+ ){0,4}(?:als ik niet wil|tegen myn wil|terwyl ik niet wil)|(?:moet|"
            r"dwingt) "
            r"(?:\w+ )?van (?:myn|haar) (?:man|partner|vriend) (?:\w+ )?seks",
            unless=r"haha|applaus|handen",
        ),
        _p(
            r"dor (?:myn|haar|zyn) (?:man|partner|vriend|ex|vader|stiefvader|familie|schonfamilie|"
            r"moeder|oom|broer|zon) (?:\w+ )?(?:bedreigd|geslagen|mishandeld|geschopt|opgesloten)"
        ),
        _p(
            r"(?:man|vriend|partner|vader|stiefvader|ex|moeder|stiefmoeder|oom|opa|hy|"
            r"zy) (?:\w+ )?(?:doet|"
            r"deed) (?:my|me|haar|ons) (?:\w+ )?pyn|(?:man|vriend|partner|vader|stiefvader|ex|"
            r"hy) (?:\w+ )?"
            r"(?:my|me) pyn doen",
            unless=r"woorden|gevoel\w*|verdriet|hart",
        ),
        # en
        _p(
            r"domestic (?:violence|abuse)|(?:being|was|been|am|get|got|"
            r"getting) (?:\w+ )?(?:abused|beaten|raped|molested|hit|assaulted)|rap(?:ed|"
            r"ing) me|sexual\w* (?:abus|asault)\w*|molest\w*",
            unless=r"(?:substance|drug|alcohol|drink) abuse|hit by (?:a|an|the) (?!man|guy|husband|"
            r"partner|father|dad|boyfriend)",
        ),
        _p(
            r"(?:he|she|husband|partner|boyfriend|girlfriend|father|dad|stepfather|stepdad|ex|"
            r"wife|mother|mom|mum|brother|uncle) (?:\w+ ){0,2}(?:hits|hit|beats|beat|kicks|"
            r"kicked|chokes|choked|strangl\w*|slaps|slaped|punches|punched|pushes|pushed|"
            r"threatens|threatened|hurts|hurt|abuses|abused|locks|locked|slaps|slapped) (?:me|"
            r"us|my (?:kids|children|son|daughter|baby|mother|mom|mum|wife|"
            r"sister|little brother|little sister|brother))(?!\w)(?! to\b)",
            unless=r"at (?:chess|cards|games|tenis)|in a race|hit me up|it hit me|hurt my feelings|"
            r"hurt me when he left",
        ),
        _p(
            r"(?:afraid|scared|terified|frightened) (?:\w+ ){0,2}(?:of|to go) (?:home|"
            r"my (?:husband|partner|boyfriend|father|dad|stepfather|ex|wife))|"
            r"not safe (?:\w+ )?(?:at home|with him|with her|in my home|in the house)|(?:kids|"
            r"children|child|son|daughter|baby) (?:\w+ ){0,2}(?:is|are) (?:not safe|in danger|"
            r"being hurt)",
            unless=HOUSE_UNSAFE,
        ),
        _p(
            r"forc\w* (?:me|her) (?:\w+ ){0,2}(?:sex|into sex)|(?:grabed|grabbed|grabs|grab|"
            r"held|holds) (?:me|her|us) by the (?:throat|neck|hair)|(?:he|she|dad|father|"
            r"husband|partner|stepfather) (?:\w+ ){0,2}(?:hits|beats|hurts|kicks) (?:them|her|"
            r"him)(?!\w)"
        ),
        _p(
            r"(?:violent|agresive|aggressive) (?:\w+ )?(?:towards|to|with|against) (?:me|us|"
            r"my (?:kids|children|wife|mother|mom))|"
            r"abusive (?:husband|partner|boyfriend|father|relationship|marriage|home)|"
            r"abuses (?:me|us|the kids|my)"
        ),
        _p(
            r"(?:stalk\w*|threaten\w*|harass\w*) (?:me|us)(?!\w)",
            unless=r"evict|court|sue|police|landlord|council|bailif|debt|fine|job|fire|"
            r"about (?:money|"
            r"the rent|rent|the kids)",
        ),
        _p(
            r"forc\w* himself on (?:me|her)|(?:stepfather|stepdad|father|dad|uncle|brother|"
            r"grandfather|"
            r"grandpa|boyfriend|he) (?:\w+ )?(?:touches|touched|touching) (?:me|my daughter|my son|"
            r"her|him)(?!\w)"
        ),
        _p(
            r"(?:boyfriend|husband|partner|stepdad|stepfather|father|dad) (?:\w+ ){0,2}(?:hits|"
            r"beats|hurts|"
            r"kicks|slaps) (?:her|him|them|us)(?!\w)",
            unless=r"ball|gym|record|target|road|jackpot",
        ),
        _p(r"abus\w* (?:me|us)(?!\w)", unless=r"substance|drug|alcohol|power|system"),
        _p(
            r"threw (?:\w+ ){0,2}at (?:me|us|my)(?!\w)|(?:wont|doesnt|does not|"
            r"dont) let me (?:leave|go "
            r"out|out|se anyone)(?!\w)",
            unless=r"pay|dinner|haha|lol|game",
        ),
        _p(
            r"(?:kids|children|baby|child) (?:\w+ ){0,3}left alone (?:for days|al day|"
            r"overnight|at night)|"
            r"leaves (?:the |her |his )?(?:baby|kids|children) alone|took my (?:daughter|son|"
            r"child|kids|"
            r"baby) (?:\w+ ){0,4}(?:dont|do not) know where|abduct\w*|kidnap\w*"
        ),
        _p(
            r"(?<!it )(?<!that )(?:hits|beats|kicks|slaps|punches|chokes) me(?!\w)",
            unless=r"reality|news|realis|realiz|at chess|at cards|at games|hits me hard|lol|haha",
        ),
        _p(r"(?:grabed|grabbed|squezed|squeezed|held) (?:\w+ ){0,2}(?:my|her) (?:neck|throat)"),
        _p(
            r"(?:husband|partner|boyfriend|he|ex|father|dad|stepdad|"
            r"stepfather) (?:\w+ ){0,2}(?:wil|might|"
            r"could|is going to|wants to|going to) (?:hurt|harm|hit|kil|beat) (?:the kids|"
            r"my kids|the "
            r"children|us|me|them|my (?:son|daughter|baby))(?!\w)"
        ),
        # tr
        _p(
            r"(?:annemi|esimi|karimi|kardesimi|babami|cocuklari|cocuklarimi|cocugumu|oglumu|kizimi|"
            r"bebegimi) (?:\w+ )?dov\w*|(?:kocam|esim|babam|sevgilim|uvey babam|eski esim|abim|"
            r"kayinpederim) (?:\w+ ){0,3}(?:dov|dovuyor|dovdu)\w*|beni (?:\w+ ){0,2}(?:dov|"
            r"doverek|dovdu|"
            r"dovuyor|darp|tehdit|tecavuz|taciz|ite|kilit|hapsed)\w*|(?:bana|bize) (?:\w+ )?(?:vur|"
            r"tokat|tekme|el kaldir|saldir|siddet)\w*|bizi (?:\w+ )?(?:dov|tehdit)\w*",
            unless=r"patron|isten|kira|ev sahibi|tahliye|mahkeme|polis",
        ),
        _p(
            r"bog(?:maya|mak|du|uyor|azimi|azimdan|azini)\w* (?:\w+ )?(?:calisti|sikti|sikiyor|"
            r"tuttu)|beni (?:\w+ )?bog\w*"
        ),
        _p(
            r"olsem (?:\w+ )?(?:kimse|hic kimse) (?:\w+ )?(?:uzulmez|farketmez|aramaz|umursamaz|"
            r"ozlemez)"
        ),
        _p(
            r"(?:ev ici|aile ici|evde) siddet\w*|siddet (?:\w+ )?(?:goruyorum|gordum|"
            r"uyguluyor\w*|ediyor|var)|siddete (?:\w+ )?maruz|dayak (?:yiyorum|yedim|atiyor|"
            r"atti|yiyor)|tecavuz\w*|cinsel (?:\w+ )?(?:taciz|istismar)\w*|istismar\w*"
        ),
        _p(
            r"(?:kocam|esim|babam|sevgilim|eski esim|uvey babam|kayinpederim|abim|annem)(?:dan|"
            r"den) (?:\w+ )?kork\w*|eve (?:\w+ )?(?:gitmeye|donmeye) (?:\w+ )?kork\w*|"
            r"evde (?:\w+ )?guvende degil\w*"
        ),
        _p(
            r"(?:cocug|cocuk|ogl|kiz|bebeg)\w*(?<!lar)(?<!um)(?<!im)(?:u|i|a|e) (?:\w+ ){0,2}"
            r"(?:dov|vur|"
            r"siddet|dayak|tokat|istismar|taciz)\w*|(?:cocug|cocuk|cocuklar|ogl|"
            r"bebe)\w* (?:\w+ )?(?:guvende degil|tehlikede)"
        ),
        _p(
            r"(?:اخاف|خايفه|خايف|اخشي) (?:\w+ )?(?:ان )?(?:ارجع|اعود|اروح) (?:الي |ل)?(?:البيت|"
            r"المنزل)"
        ),
        _p(
            r"(?:itip|itti|iterek) (?:\w+ )?tekmele\w*|beni (?:\w+ )?tekmele\w*|"
            r"beni (?:\w+ )?tokatla\w*|"
            r"bana (?:\w+ ){0,2}firlat\w*|(?:cikarmiyor|birakmiyor|kilitliyor) (?:\w+ )?(?:ve )?"
            r"(?:dov|vur)\w*"
        ),
        _p(
            r"(?:ona|onu|kizima|oglumu|oglumu|cocuklara|kizimi) (?:\w+ )?(?:vur|dov)\w*|"
            r"(?:cocuk|cocuklar|bebek)\w* (?:\w+ ){0,3}yalniz (?:birakil|birak)\w*|(?:kizimi|"
            r"oglumu|"
            r"cocugumu|cocuklarimi|bebegimi) (?:\w+ ){0,2}kacir\w*|kocam (?:\w+ ){0,6}(?:vuruyor|"
            r"dovuyor|tokat atiyor)"
        ),
        # ar
        _p(
            rf"{AR}(?:يضرب|ضرب|يركل|يصفع|صفع|يخنق|خنق|يهدد|هدد|يعنف|عنف|يحبس|حبس|يعتدي|"
            rf"اعتدي)\w* ?(?:ني|نا)(?!\w)|{AR}(?:يضربني|ضربني|يضربنا|يهددني|هددني|يعنفني|عنفني|"
            rf"خنقي|يغتصبني|اغتصبني|"
            rf"يخنقني|يحبسني|اعتدي علي|يعتدي علي)",
            unless=r"بالفصل|بالطرد|مديري|مدير|صاحب البيت|برفع|بالشرطه|بالمحكمه|يشتكي|بالشكوي|كلبي",
        ),
        _p(
            rf"{AR}(?:يضرب|ضرب|يعنف|يعذب|يؤذي|يوذي|يؤذي) (?:\w+ )?(?:ابني|بنتي|ابنتي|اطفالي|"
            rf"الاطفال|اولادي|الاولاد|طفلي|ولدي|زوجتي|امي|اختي|اخي|اخوي)"
        ),
        _p(
            r"(?:يجبرني|اجبرني|اجبرني|يغصبني) (?:\w+ )?(?:علي )?(?:الجنس|المعاشره|النوم معه)|"
            r"(?:العنف|عنف) (?:\w+ )?(?:الاسري|اسري|المنزلي|منزلي|في البيت|في المنزل|من زوجي)|"
            r"اتعرض (?:\w+ )?(?:للعنف|للضرب|للتحرش|للاعتداء)|اغتصب\w*|اعتداء جنسي|تحرش\w*|"
            r"(?:يتحرش|تحرش) (?:\w+ )?(?:بي|ببنتي|بابني|باطفالي)"
        ),
        _p(
            r"(?:اخاف|خايفه|خايف|خائفه|خايفه|اخشي) (?:\w+ )?(?:من) (?:زوجي|ابي|ابو|طليقي|"
            r"زوج امي|اخي|خطيبي)|(?:لا|ما|مش) (?:\w+ )?(?:اشعر|"
            r"احس) (?:\w+ )?بالامان (?:\w+ )?(?:في البيت|في المنزل|مع زوجي|معه)|(?:اطفالي|ابني|"
            r"بنتي|طفلي|الاطفال) (?:\w+ )?(?:ليسوا|ليس|مش|مو) (?:\w+ )?(?:في امان|بامان)"
        ),
        _p(r"(?:دفعني(?! ل\w*| الي)|ركلني|صفعني|لكمني|رفسني)(?!\w)|رمي (?:\w+ ){0,2}علي(?!\w)"),
        _p(
            r"(?:ابوها|اباها|ابوه|اباه|زوجها|زوج امي|زوج امها|ابوهم) (?:\w+ )?(?:يضرب|يعنف|"
            r"يوذي)\w*|"
            r"(?:اطفال|الاطفال|اولاد|طفل)\w* (?:\w+ ){0,3}(?:يتركون|تركوا|متروك)\w* (?:وحدهم|"
            r"لوحدهم)|"
            r"(?:اخذ|خطف) (?:\w+ )?(?:بنتي|ابني|اولادي|طفلي|ابنتي) (?:\w+ ){0,3}(?:و?لا اعرف|"
            r"ما بعرف|مش "
            r"عارف) (?:اين|وين|فين)|خطف\w*"
        ),
        _p(r"(?:ضغط|خنق|مسك) (?:\w+ ){0,2}(?:رقبتي|رقبتها|حلقي)|(?:هدد|يهدد) (?:\w+ )?بقتل"),
        _p(
            r"(?:لست|مش|ما) (?:\w+ )?(?:في امان|بامان) (?:\w+ ){0,3}(?:مع زوجي|منه|مع ابي)|"
            r"(?:خايف|خائف|خايفه) من (?:ابيه|ابوه|زوجها|ابيها|ابوها)"
        ),
        # Session 9, from the learning part: what the rules above still let through.
        _p(
            r"(?:hij|zij|ze|he|she) (?:\w+ ){0,3}(?:breekt|breken|break|breaks) (?:\w+ )?"
            r"(?:m[ey]n|my) (?:benen|armen|nek|legs|arms|neck)"
            r"|(?:hij|zij|ze) (?:\w+ ){0,2}m[ey]n (?:benen|armen|nek) (?:\w+ )?"
            r"(?:breekt|gaat breken)"
            r"|(?:om hulp (?:roept|roepen|schreeuwt|schreeuwen)"
            r"|(?:screaming|shouting|calling) for help)(?! (?:bij|met|aan|with))"
            r"|(?:ik weet|i know) waar (?:je|jij|you) (?:slaapt|sleep)"
            r"|als (?:je|jij) (?:\w+ ){1,4}maak ik (?:je|jou) af",
            unless=r"film|serie|boek|game|spel|verhaal|in het nieuws",
        ),
        _p(
            r"(?:paspoort|papieren|passport) (?:\w+ ){0,3}(?:afgepakt|afgenomen)"
            r"|(?:houdt|heeft) (?:\w+ ){0,2}(?:m[ey]n|me) (?:paspoort|papieren) (?:\w+ ){0,3}"
            r"(?:zonder|en ik)|(?:took|takes|keeps|kept|has) my passport"
            r"|(?:deed|sloeg|duwde|bonkte|smeet|gooide) (?:hij|zij|ze) (?:\w+ ){0,2}(?:m[ey]n|me) "
            r"hoofd tegen|(?:he|she) (?:\w+ )?(?:slammed|banged|smashed|pushed) my head"
            r"|(?:komt|kwam) (?:\w+ ){0,4}binnen (?:\w+ ){0,4}(?:raakt|zit) (?:me|mij) aan"
            r"|(?:met|heeft|had|vol) (?:\w+ )?striemen"
            r"|contactverbod (?:\w+ ){0,3}(?:overtreedt|overtreden|negeert|toch)"
            r"|(?:terwijl (?:er )?(?:een )?|ondanks (?:het|een|de) )contactverbod"
            r"|vergiftig\w* (?:\w+ ){0,4}(?:en )?(?:daarna|dan) (?:mij|me)"
        ),
    ),
    "acute": (
        # nl
        _p(
            r"levensgevar\w*|(?:ik ben|ben ik|we zyn|wy zyn|zyn we|zyn wy|myn kind is|"
            r"de kinderen zyn|myn kinderen zyn|ons kind is|myn baby is|ik zit|"
            r"we ziten) (?:\w+ ){0,2}in (?:acuut |groot |echt )?gevar(?!\w)"
            r"(?! (?:myn|om|te|dat|van)\b)"
        ),
        _p(
            r"(?:ben|zyn|voel me) (?:\w+ )?(?:niet|nergens) veilig"
            + END
            + r"|ik ben (?:\w+ )?niet veilig (?:hier|nu)"
        ),
        _p(
            r"(?:wil|gat|gaat|zal|ga|dreigt|dreigde|gan|zegt dat hy|"
            r"zei dat hy) (?:\w+ ){0,3}(?:my|me|ons|haar|hem|de kinderen|myn (?:kind|kinderen|"
            r"moeder|zon|dochter))? ?"
            r"(?:vermord\w*|dod ?mak\w*|dod te mak\w*|om zep helpen|neersteken|neerschieten|"
            r"dod ?steken|dod ?schieten)(?!\w)",
            unless=HYPERBOLE,
        ),
        _p(
            rf"{PERSON_NL} (?:\w+ ){{0,3}}(?:vermordt|vermord|vermorden|dodt|"
            rf"doden) (?:\w+ )?(?:my|me|ons|haar|de kinderen)",
            unless=HYPERBOLE,
        ),
        _p(
            r"(?:wil|gat|gaat|zal|dreigt|dreigde) (?:\w+ )?(?:my|me|ons|"
            r"haar) (?:\w+ )?(?:af te maken|afmaken|afmakt)",
            unless=HYPERBOLE,
        ),
        _p(
            r"(?:pakt|pakte|pakken|zwait|zwaide|zwaaien|dreigt|dreigde|bedreigt|bedreigde|"
            r"bedreigd|staat|stond|kwam|komt|loopt|liep|houdt|hield|richt|richte) "
            r"(?:\w+ ){0,6}(?:mes|mesen|wapen|wapens|pistol|pistool|geweer|vuurwapen|byl|hamer|"
            r"honkbalknuppel)(?!\w)"
            r"|(?:heeft|had|hebben) (?:\w+ ){0,2}(?:mes|wapen|pistol|geweer|vuurwapen|"
            r"byl)(?: (?:in zyn hand|in haar hand|vast|bij zich|op zak|getrokken))?(?:"
            + END
            + r"| en\b)",
            unless=r"brod|groente|snyden van|kaas|\bui\b|uien|aardapel|vles|fruit|taart|kokt|koken|"
            r"jacht|schiet ?club|speelgoed|"
            r"waterpistol|klus|nodig|gekocht|vissen|kamperen|scouting|koken|vergunning",
        ),
        _p(
            r"mes (?:\w+ ){0,2}(?:op|tegen) (?:myn|mn|haar|zyn) (?:keel|hals|buik)|"
            r"neergestoken|gestoken (?:met|door (?:hem|haar|myn|een man|iemand))|messtek|"
            r"geschoten op|schiet op ons"
        ),
        _p(
            r"overdosis(?! aan)(?! (?:kofie|suiker|chocola|info\w*|werk|stres)\b)|(?:te|heel|"
            r"erg|zo|"
            r"hel) vel (?:\w+ )?(?:pilen|tabletten|"
            r"medicyn\w*|slapilen|paracetamol|medicatie) (?:\w+ ){0,2}(?:genomen|ingenomen|"
            r"geslikt|op)"
        ),
        _p(
            rf"(?:alle|al myn|al haar|al zyn|al de|al die|een hele|de hele|hele|een doos|"
            rf"doosje|potje|strip|"
            rf"handvol) (?:\w+ ){{0,2}}{DRUGS} (?:\w+ ){{0,2}}(?:genomen|ingenomen|geslikt|"
            rf"opgegeten|op)(?!\w)"
        ),
        _p(
            r"(?:ademt|ademen|adem) (?:\w+ )?(?:niet|nauwelyks|bijna niet|amper|haast niet|"
            r"moeilyk)(?!\w)|(?:wordt|is|word) (?:helemal )?blauw (?:aan|rond|om)|(?:kan|kun|"
            r"krijg|krygt|krijgt|kan ze|kan hy) (?:\w+ )?(?:geen|niet|"
            r"nauwelyks) (?:mer )?(?:lucht|adem|ademen|adem halen)(?! (?:mer )?(?:van|door|"
            r"in)\b)",
            unless=r"\bals\b|trap|lopen|loop|fietsen|astma|copd|benauwd bij|stres",
        ),
        _p(
            rf"{DRUGS} (?:\w+ ){{0,2}}(?:genomen|geslikt|ingenomen)(?: en|"
            rf",) (?:\w+ ){{0,2}}(?:suf|slap|"
            r"raar|wordt niet waker|niet waker|reageert|bewuste?lo?s|bleek|blauw)"
        ),
        _p(r"(?:in elkar gezakt|inengezakt|ineengezakt|flauwgevalen|ingestort)" + END),
        _p(
            r"(?:slat|trapt|ramt|beukt|breekt) (?:\w+ )?(?:de )?deur in|(?:wil|komt) (?:my|"
            r"me) (?:\w+ )?(?:pakken|halen)" + END
        ),
        _p(
            r"(?:reageert|beweegt|ademt) (?:\w+ )?(?:niet|nergens) (?:mer )?(?:op|"
            r"als) (?:\w+ )?(?:aanspreek|aanspreken|roep|schud|schudden|praat|aanraak)|(?:ligt|"
            r"lag|gevalen) (?:\w+ ){0,4}(?:reageert|beweegt|ademt) (?:\w+ )?niet(?: mer)?" + END
        ),
        _p(
            r"(?:reageert|beweegt) (?:\w+ )?niet mer" + END,
            unless=r"mail|brief|bericht|app|telefon|gemeente|scherm|computer|laptop|auto|instantie|"
            r"verhurder|belasting|toetsenbord|muis|whatsapp|sms",
        ),
        _p(
            r"(?:gezakt|ineengezakt|gevalen|ligt|lag|flauw\w*|op de grond|"
            r"op de vloer)(?: \w+){0,5} (?:reageert|beweegt|"
            r"ademt) (?:\w+ )?niet(?!\w)(?! (?:op (?:myn|de) (?:mail|brief|berichten|app)))"
        ),
        _p(
            r"(?:man|vrouw|moeder|vader|oma|opa|buurman|buurvrouw|zon|dochter|kind|baby|hy|zy|"
            r"ze|partner) (?:\w+ ){0,2}(?:ligt|lag) (?:\w+ ){0,3}op de (?:grond|"
            r"vloer)(?: (?:en|al) (?:\w+ ){0,3}(?:uren|reageert|kan niet|beweegt niet|ademt|"
            r"bloedt|blauw))?" + END,
            unless=r"speelt|spelen|te spelen|slapt|yoga|rug|tv",
        ),
        _p(
            r"(?:reageert|beweegt|ademt) (?:\w+ )?(?:niet|"
            r"nergens) (?:mer )?(?:\w+ ){0,3}(?:ligt|lag|op de grond|op de vloer)"
        ),
        _p(rf"[1-9][0-9]+ (?:\w+ )?{DRUGS} (?:\w+ ){{0,2}}(?:genomen|ingenomen|geslikt|opgegeten)"),
        _p(
            r"bewuste?lo?s|buiten bewustzyn|niet (?:mer )?aanspreekbar|"
            r"flauwgevalen (?:\w+ ){0,3}(?:en|wordt niet|komt niet) (?:\w+ ){0,2}(?:by|waker)"
        ),
        _p(
            r"hartaanval|hartinfarct|beroerte|herseninfarct|herseninfarkt|hartstilstand|"
            r"epileptische aanval|toeval|pyn (?:\w+ )?op (?:de|zyn|haar|myn) borst|"
            r"druk op de borst|"
            r"stikt|stikken|verstikt",
            unless=PAST_ILLNESS
            + r"|warmte|hiting|van het lachen|stik maar|risico|bang voor|kans op|voorkomen|"
            r"stik van",
        ),
        _p(
            r"(?:bloed|bloedt|bloeden|bloede) (?:\w+ )?(?:heel |erg |zo |hevig |enorm |"
            r"heel erg )(?:erg|vel|hevig|hard)|(?:heel|erg|zo) vel bloed|"
            r"bloed (?:\w+ )?(?:stopt niet|blyft stromen|overal)|ik bloed" + END
        ),
        _p(
            r"gevalen (?:\w+ ){0,4}(?:kan|kom|kan hy|kan ze|"
            r"kan zy) (?:\w+ )?niet (?:mer )?(?:op|overeind|opstan)"
        ),
        _p(
            rf"{CHILD_NL} (?:\w+ ){{0,2}}(?:is )?(?:vermist|weggelopen en|ontvoerd)|(?:kan|"
            rf"kunen|vind|vinden) (?:\w+ )?(?:myn|ons|het) {CHILD_NL} (?:\w+ )?(?:niet mer|"
            rf"nergens) (?:vinden|vindt)?"
        ),
        _p(
            r"(?:is|zyn|zit|ziten|staat) (?:\w+ ){0,2}(?:binen|in huis|aan de deur|"
            r"voor de deur) (?:\w+ ){0,3}(?:met een mes|met een wapen|en slat|en wil my)"
        ),
        _p(
            r"(?:gezicht|mond) (?:\w+ )?(?:hangt|trekt|is) (?:\w+ )?scheef|"
            r"praat (?:\w+ )?(?:ineens |opeens )?"
            r"(?:raar|onduidelyk|wartal|dubel)(?: en|,)",
            unless=PAST_ILLNESS,
        ),
        _p(
            r"(?:aanval|toeval|stuip\w*|en) (?:\w+ ){0,3}(?:reageert|ademt|"
            r"beweegt) (?:\w+ )?niet(?: mer)?" + END,
            unless=r"\b(?:mail|bericht\w*|ap|apje|brief|telefon|gemente|belt|gebeld|instantie|"
            r"verhurder)\b",
        ),
        _p(r"(?:bloedt|bloed|bloeden) (?:\w+ )?uit (?:haar|zyn|myn|het) (?:hoofd|mond|oor|oren)"),
        _p(
            r"met (?:een|zyn|haar) (?:mes|wapen|pistol|geweer|byl) (?:\w+ ){0,3}(?:thuis|"
            r"in huis|binen|"
            r"bij my|bij ons|vor de deur|in de tuin|in myn huis)",
            unless=r"keuken|brod|groente|koken",
        ),
        _p(r"و?(?:لا|ما) (?:يتحرك|تتحرك)(?!\w)|(?:يختنق|تختنق)(?!\w)"),
        _p(
            r"(?:mes|wapen|pistol|geweer|byl|honkbalknupel|knupel) (?:\w+ )?(?:gepakt|"
            r"getrokken|gehaald|"
            r"tevorschyn)",
            unless=r"snyden|vles|brod|groente|koken|keuken|vis|klus|jacht",
        ),
        _p(
            r"(?:is|wordt|ziet|word) (?:\w+ )?(?:grys|grauw|lykbleek|helemal wit)"
            + END
            + r"|ademt (?:\w+ ){0,2}(?:raar|vremd|piepend|rochelend)",
            unless=r"trap|lopen|als hy|als ze|haar|verf|schilder",
        ),
        _p(r"zakte (?:\w+ )?in elkar|in elkar (?:gezakt|zakte)"),
        _p(
            r"(?:schonmak\w*|blek|chlor|ontstopper|gif|terpentine|lampolie|batery|batteryen|"
            r"wasmiddel\w*|"
            r"vaatwas\w*|rattengif|medicynen van \w+) (?:\w+ )?(?:gedronken|ingeslikt|opgegeten|"
            r"binnengekregen|binen gekregen)"
        ),
        _p(
            r"(?:xtc|drugs|coke|cocaine|ghb|speed|pilen|lachgas) (?:\w+ )?(?:genomen|gebruikt|"
            r"geslikt) "
            r"(?:\w+ ){0,4}(?:heet|verward|bewuste?lo?s|suf|flauw|krampen|ademt|reageert|schuimt)"
        ),
        _p(r"(?:ben|is|werd) (?:\w+ )?(?:neer)?gestoken" + END + r"|gestoken met een mes"),
        _p(
            r"(?:is|zyn|stat|staan|zit) (?:hier|binen|in huis|thuis|"
            r"in myn huis) (?:\w+ )?met (?:een |zyn )?(?:mes|wapen|pistol|geweer|byl|knupel)"
        ),
        _p(r"gif (?:\w+ ){0,3}in myn (?:eten|drinken|thee|kofie)"),
        _p(rf"{DRUGS} (?:\w+ )?(?:legegeten|leg gegeten|legeslikt|leggeslikt|leggedronken)"),
        _p(
            r"(?:keel|tong|lippen|gezicht) (?:\w+ ){0,2}(?:zwelt|zwellen|opgezwollen|dik)(?!\w)|"
            r"anafylax\w*|allergische (?:reactie|shock)",
            unless=PAST_ILLNESS + r"|verkoudheid|keelpyn|griep|tandarts",
        ),
        _p(
            r"benauwd (?:\w+ ){0,4}(?:blauw|grauw|grys|flauw)|wordt blauw" + END,
            unless=PAST_ILLNESS,
        ),
        _p(
            r"(?:bloedt|bloed|bloeden) (?:\w+ )?(?:enorm|hevig|ontzettend|verschrikkelyk|"
            r"als een rund|"
            r"heel erg|heel vel|vel)(?!\w)|koortsstuip|stuip\w*|convulsie\w*",
            unless=PAST_ILLNESS + r"|bloedneus|tandvlees",
        ),
        _p(
            r"(?:er is|het is) brand|brand in (?:myn|ons|het|de) (?:huis|flat|keuken|woning)|"
            r"(?:huis|flat|woning|keuken) (?:\w+ )?(?:staat )?in brand|ruik (?:\w+ )?gas|"
            r"gaslucht|gaslek",
            unless=PAST_ILLNESS + r"|was|geweest|buren vorig",
        ),
        _p(
            rf"(?:kind|zon|zontje|dochter|dochtertje|baby|peuter|kleuter|"
            rf"kleine) (?:\w+ ){{0,3}}(?:{DRUGS}) "
            r"(?:\w+ ){0,3}(?:gegeten|ingenomen|geslikt|opgegeten)"
        ),
        _p(
            r"komt (?:\w+ )?niet (?:mer )?bij"
            + END
            + r"|(?:geen lucht|geen adem|ademt niet) (?:\w+ ){0,5}"
            r"(?:blauw|grauw|grys)|(?:vor|bij) myn deur (?:\w+ )?met (?:een )?(?:mes|wapen|"
            r"pistol|byl|"
            r"knupel)|(?:aanval|stuip|toeval) (?:\w+ ){0,3}(?:slap|blauw|reageert niet|"
            r"bewuste?lo?s)",
            unless=PAST_ILLNESS,
        ),
        # en
        _p(
            r"(?:i am|im|we are|were|i feel|my (?:kids|children|child|son|daughter|baby) (?:is|"
            r"are)) (?:\w+ )?in (?:\w+ )?danger(?! of)|my life is in danger|life threatening|"
            r"danger of (?:my|our) li"
        ),
        _p(
            r"(?:going to|gona|wants to|want to|wil|threaten\w* to|said (?:he|she) (?:would|"
            r"wil)) (?:\w+ )?kil (?:me|us|my|the kids|her|him)(?!\w)(?!self)|(?:has|had|with|"
            r"holding|pul\w*|got|grabed|grabbed|pointing) (?:\w+ ){0,2}(?:a|his|her) (?:knife|"
            r"gun|weapon|pistol)(?! (?:colection|block|set|licen[cs]e)\b)",
            unless=HYPERBOLE + r"|kitchen knife to cut|bread|vegetables|colection|hunting|fishing",
        ),
        _p(
            r"overdos\w*(?! an\b)|(?:took|taken|swalowed|ate) (?:\w+ ){0,3}(?:too many|"
            r"al (?:my|the)|a whole (?:\w+ )?of) (?:\w+ )?(?:pils|tablets|medication|"
            r"sleping pils|paracetamol)",
            unless=r"haha|hihi|\blol\b|kofie|cofe|sugar|suiker|chocola|stres",
        ),
        _p(
            r"(?:not|isnt|stoped|stopped|cant|cannot|can not|is not) (?:\w+ )?breath\w*|"
            r"unconscious|(?:wont|does not|doesnt|not) (?:\w+ )?(?:wake up|"
            r"respond\w*)(?! to\b)|"
            r"heart atack|having a stroke|chest pain|(?:is |am |"
            r"bleding )(?:\w+ )?bleding (?:a lot|heavily|badly|so much)|bleding (?:a lot|"
            r"heavily|badly|so much|everywhere)|colapsed(?! (?:into|on|onto) (?:bed|the sofa|"
            r"the couch))|"
            r"fel and cant get up|(?:flor|"
            r"ground) (?:\w+ ){0,2}(?:not moving|not breathing|unresponsive|not responding)",
            unless=PAST_ILLNESS + r"|stres|anxiety|from laughing|risk|mould|mold|damp|smoke|"
            r"heat|copd|"
            r"asthma|because of|hay fever|\bwel\b",
        ),
        _p(
            r"turning blue|(?:lips|face) (?:\w+ )?(?:is |are )?(?:turning )?blue|"
            r"bleding from (?:her|his|"
            r"my|the) (?:head|mouth|ears)|(?:having|has) a (?:seizure|fit)|(?:isnt|is not|not|"
            r"wont) "
            r"respond\w*" + END,
            unless=PAST_ILLNESS + r"|email|mail|leter|text|message|call|council|landlord",
        ),
        _p(
            r"(?:drank|swalowed|ate|drunk|drinking) (?:\w+ )?(?:bleach|cleaning|poison|detergent|"
            r"bateries|antifreze|rat poison)"
        ),
        _p(
            r"face (?:is )?droping|cant talk properly|slur\w*|fire in (?:my|our|the) (?:flat|house|"
            r"home|kitchen)|(?:flat|house|home) is on fire|gas leak|swalowed "
            r"(?:a |some )?(?:batery|bateries|bleach|poison|magnet\w*)",
            unless=PAST_ILLNESS + r"|was a fire|last year",
        ),
        _p(
            r"unresponsive|(?:is|are) (?:\w+ )?(?:breaking|braking) (?:in|into)|(?:breaking|"
            r"break) into "
            r"(?:my|our) (?:house|flat|home) (?:right )?now",
            unless=r"council|landlord|email|system|\bap\b|phone|laptop|computer|last",
        ),
        # tr
        _p(
            r"tehlikedey\w*|hayati tehlike\w*|hayatim tehlikede|(?:beni|bizi|cocuklari|"
            r"hepimizi) (?:\w+ )?oldur(?:ecek|mek|ecegini|ecegim|ur)\w*|"
            r"oldurmekle (?:\w+ )?tehdit\w*",
            unless=HYPERBOLE,
        ),
        _p(
            r"(?:elinde|eline) (?:\w+ )?(?:bicak|silah|tabanca)\w*|(?:bicak|silah|"
            r"tabanca)\w* (?:\w+ ){0,2}(?:tehdit|cekti|saldir|uzerime|dogrult)\w*"
        ),
        _p(
            r"asiri doz\w*|(?:nefes )?alamiyor\w*|nefes (?:\w+ )?alam\w*|"
            r"bilinci (?:\w+ )?(?:kapal|yerinde degil)\w*|bayildi ve (?:\w+ )?(?:uyanmiyor|"
            r"kalkmiyor)|(?:uyanmiyor|cevap vermiyor|tepki vermiyor)"
            + END
            + r"|kalp kriz\w*|felc (?:\w+ )?geciriyor|kan kaybed\w*|kanama (?:\w+ )?durmuyor|"
            r"gogsum\w* (?:\w+ )?agri\w*",
            unless=PAST_ILLNESS + r"|stres|korkuyorum|mail|mesaj|telefon|belediye|ev sahibi|arama",
        ),
        _p(r"(?:cocugum|oglum|kizim|bebegim) (?:\w+ )?(?:kayboldu|kayip|bulamiyorum)"),
        _p(
            r"nefes (?:\w+ )?almiyor\w*|(?:cok|butun|tum|bir kutu|kutu|fazla) (?:\w+ )?(?:hap|"
            r"ilac)\w* (?:\w+ )?(?:yuttu|icti|aldi|yutmus|icmis|yuttum|ictim)"
        ),
        _p(r"bilinc\w* (?:\w+ )?kaybet\w*"),
        _p(
            r"(?:dustu|yerde|bayildi)\w* (?:\w+ ){0,2}(?:hareket etmiyor|kimildamiyor|"
            r"cevap vermiyor|"
            r"tepki vermiyor)|(?:camasir suyu|deterjan|zehir|fare zehiri) (?:\w+ )?(?:icti|"
            r"yuttu|icmis)"
        ),
        _p(
            r"(?:شرب|شربت|بلع|بلعت|اكل|اكلت) (?:\w+ )?(?:كلور|الكلور|مبيض|منظف|سم|السم|ديتول|"
            r"كلوركس)"
        ),
        _p(
            r"(?:evde|evimde|mutfakta|dairede) yangin|yangin var|gaz kokusu|gaz kacagi|"
            r"(?:pil|camasir suyu|zehir|miknatis) yut\w*",
            unless=PAST_ILLNESS + r"|sokakta",
        ),
        _p(
            r"(?:biri|birisi|adam|hirsiz) (?:\w+ ){0,3}(?:evime|eve|kapimi|daireme) (?:giriyor|"
            r"kiriyor|zorluyor)"
        ),
        _p(r"silahli (?:\w+ )?(?:adam|kisi|biri|birisi|adamlar)"),
        _p(
            r"(?:beni|bizi) (?:\w+ )?oldur(?:cek|ecek|ecegim|ucek)|bayildi (?:\w+ )?uyanmiyo\w*|"
            r"nefes alamiyo\w*|uyanmiyo" + END,
            unless=HYPERBOLE,
        ),
        # ar
        _p(r"(?:انا|نحن|حياتي|حياتنا|اطفالي|ابني|بنتي|طفلي|الاطفال|اولادي) (?:\w+ )?(?:في|ب) ?خطر"),
        _p(
            rf"{AR}(?:يقتلني|يقتلنا|قتلي|قتلنا|بيقتلني|هيقتلني|سيقتلني|سيقتلنا|يريد قتلي|"
            rf"بدو يقتلني|يهددني بالقتل|هددني بالقتل|يهدد بقتلي)",
            unless=HYPERBOLE + r"|اذا|الايجار|الفواتير|الفاتوره|الديون|هذا|هذه",
        ),
        _p(
            r"(?:معه|بيده|في يده|يحمل|حامل|هددني|يهددني|اخرج|طلع) (?:\w+ )?(?:ب)?(?:سكين|"
            r"السكين|سلاح|مسدس|المسدس|بندقيه)"
        ),
        _p(
            r"(?:اخذ|اخذت|بلع|بلعت|شرب|شربت) (?:\w+ )?(?:حبوب|الحبوب|دواء|ادويه|"
            r"الادويه) (?:كثيره|كثير|كثيرا|كلها)"
        ),
        _p(
            r"جرعه زايده|جرعه زائده|و?(?:لا|ما|مش) ?(?:يتنفس|تتنفس|اقدر اتنفس|استطيع التنفس|"
            r"قادر اتنفس)|(?:فاقد|فقد|فقدت) (?:\w+ )?الوعي|اغمي عليه|و?(?:لا|"
            r"ما) (?:\w+ )?(?:يستيقظ|يصحي|يرد)"
            + END
            + r"|(?:نوبه|ازمه) قلبيه|جلطه|(?:ينزف|تنزف) (?:\w+ )?(?:كثيرا|بشده|كثير)|"
            r"نزيف (?:\w+ )?(?:حاد|"
            r"شديد)|الم (?:\w+ )?في (?:\w+ )?(?:صدري|الصدر|صدره|صدرها)",
            unless=PAST_ILLNESS,
        ),
        _p(
            r"حريق في (?:البيت|الشقه|المطبخ|المنزل)|في حريق|البيت يحترق|(?:رائحه|ريحه) غاز|"
            r"تسرب غاز|"
            r"بلع (?:\w+ )?(?:بطاريه|مغناطيس|كلور|سم)",
            unless=PAST_ILLNESS + r"|الشارع",
        ),
        _p(r"و?(?:لا|ما) (?:يستجيب|تستجيب)|يقتحم|اقتحم|يكسر الباب|يدخل بالقوه"),
        _p(r"(?:رجل|شخص|احد|رجال) مسلح\w*|مسلحين"),
        _p(r"(?:مش|ما|مو) (?:بيتنفس|بتتنفس|بيصحي|بتصحي|بيصحا|بتصحا)|اغمي (?:\w+ )?(?:عليه|عليها)"),
        # Session 9, from the learning part: what the rules above still let through.
        _p(
            rf"met (?:een |m[ey]n |z[ey]n |haar |his |a |my )?{WEAPON} (?:\w+ ){{0,8}}"
            r"(?:lesje|laten voelen|zullen (?:jullie|ze) (?:het )?merken|krijgt wat"
            r"|wat hij verdient|teach them)"
            rf"|(?:lesje|laten voelen) (?:\w+ ){{0,8}}met (?:een |m[ey]n |z[ey]n )?{WEAPON}"
            r"|(?:kom|ga|komt|gaat) (?:\w+ ){0,4}(?:naar|langs) (?:het|de|jullie) (?:\w+ ){0,2}"
            rf"met (?:een |m[ey]n |z[ey]n )?{WEAPON} (?:\w+ ){{0,6}}"
            r"(?:merken|voelen|lesje|verdient)"
            r"|vechtpartij (?:\w+ ){0,3}met (?:messen|een mes)"
            r"|(?:steekpartij|schietpartij) (?:\w+ ){0,4}(?:nu|hier|voor (?:mijn|de) deur)",
            unless=r"film|serie|nieuws|vorige|gisteren|was er",
        ),
        _p(
            r"(?:kind|kindje|peuter|kleuter|child|kid|toddler) (?:\w+ ){0,3}(?:alleen )?"
            r"(?:over|op|langs|on|along) (?:de |het |the )?"
            r"(?:snelweg|spoor|rails|motorway|highway|railway|tracks)"
            r"|(?:dementie|dement)\w* (?:\w+ ){0,6}(?:weggelopen|vermist|zoek)"
            r"|(?:zoon|dochter|kind|zoontje|dochtertje) (?:\w+ ){0,4}(?:niet|nog niet) "
            r"thuis ?gekomen|(?:gasfles|gasleiding|gasslang) (?:\w+ ){0,3}lekt",
            unless=PAST_ILLNESS + r"|logeert|sliep|vriendje|vorig jaar",
        ),
        _p(
            r"(?:ingestort|in elkaar gezakt|neergevallen|collapsed) (?:\w+ ){0,8}"
            r"(?:voelt (?:\w+ )?koud|reageert niet|bewusteloos|ademt niet|not breathing"
            r"|unconscious)"
            r"|(?:rook|vlammen) (?:\w+ ){0,2}uit (?:de|het|een) "
            r"(?:woning|huis|flat|raam|ramen|keuken|dak)"
            r"|(?:smoke|flames) (?:\w+ ){0,2}(?:coming )?(?:out of|from) (?:the|a) "
            r"(?:flat|house|window|apartment)"
            r"|in brand gevlogen|vlammen (?:zitten|slaan|komen) (?:\w+ ){0,3}(?:in|uit|tegen)"
            r"|(?:hasnt|has not|hasn t) (?:opened|answered) (?:\w+ ){0,3}(?:for )?"
            r"(?:\d+|two|three|several) days"
            r"|(?:epileptic|epilepsy) (?:fit|seizure|attack)|epileptische aanval"
            r"|(?:fit|seizure|aanval) (?:\w+ ){0,3}(?:\d+|five|ten|vijf|tien) min"
            r"|(?:41|42) graden (?:koorts)?|niet (?:goed |meer )?wakker te krijgen"
            r"|(?:can ?t|cannot|wont) wake (?:him|her|them) up"
            r"|insuline (?:\w+ ){0,3}op (?:\w+ ){0,12}"
            r"(?:overgeven|braken|heel slecht|suf|duizelig)",
            unless=PAST_ILLNESS + r"|school|ochtend|bed uit|haha|lol|vorige",
        ),
    ),
}


@dataclass(frozen=True)
class Together:
    """Ideas that mean danger when they meet in one sentence, however it is worded: death
    and a wish ("dood zijn is beter"), life and an end ("ik kan het leven niet meer aan"),
    the means and a plan ("pillen gekocht, veel"). Each part is a regular expression over
    normalised text; `unless` works as for a Pattern."""

    danger: str  # a Danger value
    parts: tuple[str, ...]
    unless: str | None = None


TOGETHER: tuple[Together, ...] = (
    Together(
        "suicide",
        (
            r"dod|de dod|sterven|dodgan|dod gan|dod zyn|dod te zyn",
            r"wil|wou|wilde|liever|liefst|hop|wens|zou|beter|verlang\w*|denk\w*|uitweg|oplossing|"
            r"rustig|rust|klar|zin|plan|niemand|last",
        ),
        unless=r"(?:is|was|zyn|waren|ligt) (?:\w+ ){0,2}dod|dod (?:\w+ )?gegan|overleden|gestorven|"
        r"dod van\b|niet bang vor de dod|(?:niet|nooit) dod|uitvart|testament|erfenis|begrafenis|"
        r"zonder dat|geregeld|regelen|de dod van|na de dod|haha|\bmoe\b|\bop\b|thuis sterven|"
        r"ziekenhuis|hospice|verplegh\w*|euthanasie|als ik dod (?:ben|ga)|dier|kat|hond|plant|vis|"
        r"(?:man|vrouw|vader|moeder|zon|dochter|broer|zus|opa|oma) dod",
    ),
    Together(
        "suicide",
        (
            r"(?:het|myn|dit) leven",
            r"niet mer (?:an|aan)|te zwar|voorbij|genoeg|geen zin|stopt|ophoudt|beindig\w*|"
            r"ondraglyk|niet mer|wil eruit|wil er uit|stop ermee|kap ermee|geef (?:het )?op",
        ),
        unless=r"\bals\b|huur|schuld\w*|rekening\w*|werk|baan|verhuiz\w*|geld|duur|toeslag|"
        r"uitkering|niet mer (?:dezelfde|hetzelfde|normal|zo)|nieuw leven|leven (?:met|in|van|"
        r"op|zonder) "
        r"(?!(?:die|deze) (?:pyn|schulden))",
    ),
    Together(
        "suicide",
        (
            r"vorgoed|vor altyd|euwig",
            r"stopt|ophoudt|slapen|weg|rust|rusten|verdwyn\w*|voorbij|vorby|punt achter|eind|einde",
        ),
        unless=r"weg (?:uit|naar)|verhuiz\w*|vakantie|pensioen|haha|blyven|wonen|land|stad|wyk|"
        r"schulden|buren|lawai|herie|deurwarder|gemente|rekening\w*",
    ),
    Together(
        "suicide",
        (
            r"er (?:\w+ )?niet mer",
            r"morgen|vanavond|straks|binenkort|vanacht|volgende week|vandag",
        ),
        unless=r"werk|vakantie|weg naar|afspraak|thuis|verhuis\w*|spreekuur|kantor",
    ),
    Together(
        "suicide",
        (
            r"pilen|tabletten|slapilen|slapmiddel\w*|touw|strop",
            r"gekocht|klar|heb al|al een|ga doen|het ga doen|genoeg|vel|verzameld|gespard|weet hoe",
        ),
        unless=r"tegen|nodig|vor de|vor myn|recept|apotheek|dokter|hofdpyn|rug|verhuiz\w*|was|klus|"
        r"week|elke dag|per dag|slikt|medicyn\w* van|opgehaald|boodschap\w*|vergeet",
    ),
    Together(
        "suicide",
        (
            r"deze wereld|de wereld|deze arde|de arde|op arde",
            r"niet mer|weg|verdwyn\w*|wil niet|klar|horen",
        ),
        unless=r"reizen|zien|ontdekken|duur|gek|oorlog|nieuws",
    ),
    Together(
        "violence",
        (
            r"(?:myn|haar|zyn|de) (?:man|vriend|vader|ex|partner|stiefvader|moeder|zon|broer|"
            r"schonmoeder|"
            r"schonvader|vrouw|vriendin)|hy|zy",
            r"geslagen|geschopt|mishandel\w*|geweld|los gegan op|in elkar|slat|sloeg|mept|"
            r"klapen|wurg\w*|"
            r"schopt|trapt|getrapt",
            r"my|me|ons|mezelf|de kinderen|myn kinderen",
        ),
        unless=r"\bover\b|bal|deur|huiswerk|tilt|\bniet\b|noit|vroeger|jeugd|boete|rechtszak|"
        r"ontslag|ontruiming|klap gehad|haha|film|spel|game|\btv\b|nieuws|gemente|belasting",
    ),
    Together(
        "acute",
        (r"pilen|medicyn\w*|tabletten|mes", r"opgesloten|badkamer|\bwc\b|op slot"),
        unless=r"keuken|la\b|kast|kwyt|vergeten|haha",
    ),
    Together(
        "acute",
        (
            r"verward|rare dingen|praat (?:\w+ )?raar|scheef|onduidelyk|kan niet (?:mer )?praten",
            r"slap|verlamd|hangt|kan niet (?:mer )?(?:praten|bewegen|lopen)|arm|been",
        ),
        unless=PAST_ILLNESS + r"|dementie|dement",
    ),
    Together(
        "acute",
        (r"vlekken|nekstyf|styve nek|nek styf", r"koorts|heet|suf|slap"),
        unless=r"waterpokken|mazelen|eczem|huid",
    ),
    # en, tr, ar: death and a wish, as for Dutch above
    Together(
        "suicide",
        (
            r"die|dead|death|dying|died",
            r"want|wish|rather|beter|hope|should|ready|relief|welcome|easier|only way|way out|"
            r"for god",
        ),
        unless=r"hair|dye|dying to|dying for|laugh\w*|phone|batery|died (?:last|in|of|on|at)|"
        r"pased|funeral|wil\b|estate|taxes|(?:dad|mum|mom|mother|father|grandma|grandpa|"
        r"husband|wife|"
        r"dog|cat) (?:\w+ )?(?:doesnt|does not|wont|died|dies|is dying)|at home|hospital|hospice|"
        r"haha|\blol\b|one day|afairs|we are al|"
        r"want (?:ik|het|we|ze|hy|zy|er)\b",  # Dutch "die" (that) and "want" (because)
    ),
    Together(
        "suicide",
        (
            r"olmek|olsem|olmeye|olum|olume|olumu|olmem",
            r"isti\w*|keske|daha iyi|daha kolay|kurtulus|cozum|hazirim|cikis|rahat\w*",
        ),
        unless=r"\w+(?:tan|ten|dan|den) olu\w*|merak|vergi|evde|hastane|huzur|istemiyorum|istemem|"
        r"uzere|korku\w*|kork\w*|haha",
    ),
    Together(
        "suicide",
        (
            r"الموت|للموت|اموت|ميت|ميتا|ميته|موتي",
            r"اريد|اتمني|(?:ال)?افضل|(?:ال)?احسن|الحل|بدي|نفسي|ابي|راحه|اسهل|مستعد|مستعده",
        ),
        unless=r"من الضحك|من الجوع|من التعب|من الحر|من البرد|شوقا|\bه\b|مات|توفي|وفاه|البيت|"
        r"المستشفي|بعد موتي|وصيه|وصيت|قبل ان اموت",
    ),
    Together(
        "suicide",
        (r"اختفي|اختفاء|اكون", r"الابد|للابد|حيا|موجودا"),
        unless=r"عطله|غرفه|غرفهم",
    ),
    Together(
        "suicide",
        (
            r"ga het (?:\w+ )?doen|het (?:\w+ )?ga doen|doe het (?:vanavond|vanacht|morgen|nu)",
            r"testament|afscheid\w*|brief|pilen|touw|strop|datum|besloten|plan",
        ),
        unless=r"aangifte|belasting|verhuiz\w*|formulier|aanvrag|afspraak|notaris",
    ),
    Together(
        "suicide",
        (r"rof|bridge|ledge|balcony|window|tracks|building|cliff", r"jump\w*|throw myself"),
        unless=r"trampoline|pool|swim|fun|kids|game",
    ),
    Together(
        "suicide",
        (r"touw|strop", r"dod|zelfmord|sterven|ophangen|er niet mer"),
        unless=r"was|klim|schomel|tent",
    ),
    Together(
        "suicide",
        (
            r"neem (?:\w+ ){0,2}alles (?:\w+ ){0,2}in|alles in wat ik heb|alles innemen|"
            r"alles inemen",
            r"vanavond|vanacht|straks|nu|morgen|vandag",
        ),
        unless=r"overweging|ogenschouw|acht|mee|huis|tas",
    ),
    Together(
        "suicide",
        (r"tyd dat ik (?:\w+ )?ga(?= ?[,.]| ?$)", r"klar|op|genoeg|moe"),
    ),
    Together(
        "violence",
        (r"gooit met|smyt met|gooide met|smet met", r"bang|naar my|naar ons|raak|gewond"),
        unless=r"geld|haha|\bbal\b|sneuwbal",
    ),
    Together(
        "suicide",
        (
            r"(?:haar|hem) (?:\w+ )?volgen|(?:haar|hem) achterna",
            r"overlyden|overleden|dod|gestorven|hemel",
        ),
    ),
)


# ----- ideas as word classes, combined by nearness --------------------------------------------
#
# The patterns above know sentences; the classes below know words. A class is a set of words
# and short phrases in every language, written as people spell them (they are brought to the
# normalised spelling like the text); a word ending in "*" stands for every word it begins
# (Turkish and Dutch endings). A misspelt word of five letters or more that is one letter away
# from exactly one word of a class still counts. A `Near` rule sees danger when a word of each
# of its classes stands in one sentence within `window` words of the first, and no word of an
# `unless` class is in that sentence. So "ik heb de pillen al klaarliggen", "pills ready",
# "haplari hazirladim" and "جهزت الحبوب" are one idea: the means, made ready.

# fmt: off
CLASSES: dict[str, tuple[str, ...]] = {
    # --- the means and a plan
    "MEANS": (
        "pil*", "tablet*", "medicijn*", "medicatie", "slaappil*", "paracetamol", "oxazepam",
        "insuline", "touw", "strop", "pills", "pill", "meds", "medication", "tablets", "rope",
        "noose", "hap", "haplar*", "ilac*", "ilaç*", "ip", "urgan", "حبوب", "حبل", "دوا",
        "الدوا", "ادويه", "أدوية", "دواء", "antidepressiva", "antidepressants",
        "antidepressant", "slaapmiddel*", "sleeping pills", "painkillers", "pijnstiller*",
        "ibuprofen", "oxycodon", "morfine", "lithium", "benzo*", "xanax", "diazepam",
        "temazepam", "lorazepam", "tramadol", "codeine", "uyku hapi", "antidepresan*",
        "agri kesici", "مسكن", "منوم", "مهدئ", "مهدئات", "gif", "poison", "zehir", "سم",
    ),
    "HOW_MANY": (
        "hoeveel", "how many", "how much", "kac tane", "kaç tane", "ne kadar", "قديش",
        "كم حبه", "كم",
    ),
    "LETHAL": (
        "nemen", "innemen", "slikken", "would take", "take to", "dodelijk", "lethal",
        "overdose", "fatal", "genoeg", "enough", "yeter", "olur", "oldurur", "öldürür",
        "بتكفي", "بتقتل", "قاتله", "om niet meer", "om dood",
    ),
    "READY": (
        "klaar*", "klaargelegd", "klaarliggen", "klaarleggen", "gekocht", "gespaard", "spaar*",
        "verzamel*", "opgespaard", "bought", "buy", "ready", "saving", "saved", "stockpil*",
        "collect*", "hoard*", "hazirla*", "hazir", "aldim", "biriktir*", "topla*", "جهزت",
        "جاهز*", "اشتريت", "جمع", "عم جمع", "جمعت", "مخبي", "gehangen", "opgehangen", "hung",
        "tied", "vastgeknoopt", "astim", "bagladim", "علقت", "ربطت",
    ),
    "DAILY_USE": (
        "week", "weekdoos", "baxter", "ochtend", "dagelijks", "elke dag", "recept", "apotheek",
        "apotheker", "huisarts", "dokter", "vakantie", "reis", "pharmacy", "prescription",
        "doctor", "daily", "holiday", "trip", "eczane", "doktor", "recete", "her gun", "tatil",
        "صيدليه", "الصيدليه", "الدكتور", "وصفه", "كل يوم", "السفر", "voor mijn", "tegen",
        "hoofdpijn", "rug", "headache", "kamp*", "tent", "klim*", "waslijn", "verhuiz*",
        "verhuis*", "schommel", "voor de", "voor het", "sabah", "صداع", "للصداع", "move",
        "moving", "per dag", "a day", "per day", "gunde", "günde", "باليوم", "mag ik", "can i",
        "maximaal", "max", "slikt", "neemt", "gebruikt", "takes", "uses", "kullaniyor",
        "kullanıyor", "بتاخد", "بياخد", "baxterrol",
    ),
    # --- a high place, and jumping or standing there
    "HIGH_PLACE": (
        "dak", "balkon", "brug", "spoor", "rails", "rand", "rand van het water", "hoogte",
        "verdieping", "roof", "bridge", "ledge", "balcony", "tracks", "edge", "cliff", "cati*",
        "çatı*", "kopru*", "köprü*", "balkon*", "ray*", "سطح", "جسر", "الجسر", "بلكون*",
        "البلكون*", "شباك", "الشباك", "سكه", "القطار", "bij het water", "het water", "kade",
        "pier", "kanaal", "gracht", "the water", "the river", "nehir*", "البحر", "النهر",
    ),
    "HOW_HIGH": (
        "hoe hoog", "how high", "ne kadar yuksek", "ne kadar yüksek", "قديش عالي", "كم ارتفاع",
    ),
    "JUMP_STAND": (
        "spring*", "gesprongen", "gestaan", "sta", "staan", "stond", "zit", "zat", "afspring*",
        "jump*", "standing", "stood", "sitting", "atla*", "atlay*", "duruyorum", "durdum",
        "واقف", "واقفه", "وقفت", "انط", "نط", "اقفز", "ارمي حالي", "ارمي نفسي",
    ),
    "WALK_INTO": (
        "in de zee lopen", "de zee in lopen", "het water in lopen", "het water in",
        "walk into", "walking into", "denize yurumek", "denize yürümek", "امشي بالبحر",
        "ادخل بالبحر",
    ),
    "SEA": (
        "zee", "sea", "water", "river", "rivier", "ocean", "deniz", "البحر", "النهر",
    ),
    "HEIGHT_HARMLESS": (
        "reparer*", "lek*", "goot", "antenne", "zonnepan*", "schilder*", "bbq", "barbecue",
        "roken", "rook", "sigaret*", "plant*", "was ophangen", "uitzicht", "view", "smoke*",
        "repair*", "garden", "tamir*", "sigara", "منظر", "اصلح", "دخن", "trampoline",
        "zwembad", "pool", "bungee", "parachute", "duik*", "dive", "diving", "vis*", "fishing",
        "chance", "kans", "stoel", "chair", "klus*", "schuur", "haha", "vakantie", "holiday",
        "zwemmen", "swim*", "surf*", "tatil", "عطله", "genieten", "enjoy*", "picknick",
        "wandel*", "hond", "dog", "eenden", "ducks", "warm", "hot", "sicak", "sıcak", "الحر",
        "شوب",
    ),
    # --- others better off without me; nobody would miss me; a burden
    "WITHOUT_ME": (
        "beter af zonder mij", "beter af zonder me", "beter af zonder zon", "beter zonder mij",
        "beter zonder me", "beter af als ik er niet", "beter af als ik dood",
        "better off without me", "better without me", "better off if i", "bensiz", "بدوني",
        "من دوني", "من غيري",
    ),
    "EVERYONE": (
        "iedereen", "everyone", "everybody", "herkes", "الكل", "للكل", "عالكل", "just a",
        "only a",
    ),
    "BETTER_FOR_OTHERS": (
        "beter", "opgelucht", "redden zich", "rustiger", "better", "relieved", "happier",
        "easier", "rahat*", "daha iyi", "مرتاح*", "مرتاحين", "احسن", "بيرتاحو", "makkelijker",
        "fijner", "lichter", "kolay", "daha kolay", "mutlu", "اسهل", "ارتاح", "مبسوطين",
        "يرتاح", "يرتاحو", "رح يرتاحو", "برتاحو", "بيرتاح", "ynta7ou", "yrta7o", "yrta7ou",
    ),
    "BETTER": (
        "beter", "better", "daha iyi", "احسن", "افضل", "makkelijker", "easier",
    ),
    "DISAPPEAR": (
        "verdwijn", "verdwijnen", "verdwijnt", "disappear*", "vanish*", "kaybol*", "kaybolsam",
        "اختفي", "اختفى", "اختفيت", "انختفي", "ghbar", "nghbar",
    ),
    "OWN_FUNERAL": (
        "mijn begrafenis", "mijn eigen begrafenis", "mijn uitvaart", "my funeral",
        "my own funeral", "cenazem*", "kendi cenazem*", "جنازتي", "دفني", "in mijn kist",
        "in een kist", "in mijn graf", "my coffin", "in a coffin", "my grave", "tabutta",
        "tabutumda", "mezarimda", "mezarımda", "بالتابوت", "بالقبر", "قبري",
    ),
    "IMAGINE_CALM": (
        "stel me voor", "stel ik me voor", "zie het voor me", "droom", "fantaseer", "rust",
        "opgelucht", "imagine", "picture", "dream", "peace", "relief", "hayal*", "huzur*", "بتخيل",
        "بحلم", "راحه", "ارتاح", "stel me vaak voor", "me voorstellen", "stil is", "stilte",
        "silence", "quiet", "sessizlik", "هدوء",
    ),
    "FUNERAL_PLANNING": (
        "regelen", "regel", "verzekering", "uitvaartverzekering", "kosten", "muziek", "wensen",
        "testament", "arrange", "insurance", "cost*", "sigorta", "masraf*", "تأمين", "مصاريف",
    ),
    "LIFE_INSURANCE": (
        "levensverzekering", "overlijdensrisicoverzekering", "life insurance", "hayat sigorta*",
        "تأمين الحياه", "تامين على الحياه",
    ),
    "MORE_THAN_ME": (
        "dan aan mij", "dan aan mn", "dan aan me", "dan mij", "dan ik", "than me", "than from me",
        "worth more", "meer waard", "benden daha", "بنفعهم اكتر مني", "اكتر مني", "better off",
    ),
    "AT_ONCE": (
        "in een keer", "in 1 keer", "in een klap", "tegelijk", "tegelijkertijd",
        "allemaal tegelijk", "all at once", "at once", "at the same time", "hepsini birden",
        "bir kerede", "ayni anda", "aynı anda", "دفعه وحده", "مره وحده", "كلهم مره وحده",
        "b marra", "bmarra",
    ),
    "ASKING": (
        "mag ik", "kan ik", "moet ik", "mag je", "kun je", "can i", "should i", "is it ok",
        "alabilir miyim", "ينفع", "بقدر", "vergeten", "forgot", "unuttum", "نسيت", "mag dat",
        "is dat erg", "is dat gevaarlijk", "kan dat", "is that ok", "is that bad",
        "is that dangerous", "sorun olur mu", "tehlikeli mi", "مشكله", "خطر",
    ),
    "WHO_CARES": (
        "voor mijn moeder zorgen", "voor mijn vader zorgen", "voor mijn kinderen zorgen",
        "voor mijn hond zorgen", "voor mijn kat zorgen", "zorgt voor", "zorgen voor",
        "take care of", "look after", "bakar mi", "bakacak", "يهتم", "يدير باله", "يعتني",
        "zorgt er voor", "zorgt er dan voor", "wie zorgt", "wie moet er voor",
        "who will look after", "who looks after", "who will take care", "kim bakacak", "kim bakar",
        "مين رح يهتم", "مين بيهتم",
    ),
    "SOMEDAY": (
        "later", "ooit", "ooit eens", "oud", "ouder", "testament", "voogd*", "verzekering",
        "notaris", "one day", "someday", "when im old", "guardian*", "will", "insurance",
        "bir gun", "bir gün", "vasi", "vasiyet*", "يوم من الايام", "وصيه", "ziek", "kanker",
        "dokter", "arts", "cancer", "doctor",
    ),
    "PAIN_ENDS": (
        "de pijn stopt", "pijn stopt", "pijn ophoudt", "pijn weg is", "pain stops",
        "pain would stop", "pain will stop", "pain ends", "aci biter", "acı biter", "aci gecer",
        "acı geçer", "الوجع بيخلص", "الالم بيخلص", "بيخلص الوجع",
    ),
    "WITHOUT_ME_SHORT": (
        "zonder mij", "zonder me", "zonder mn", "without me", "bensiz", "بدوني", "من دوني",
        "als ik dood was", "als ik er niet meer", "als ik er niet", "if i was gone",
        "if i were gone", "if i died", "if i disappeared", "ben olmasam", "ben olursem",
        "لو مت", "لو اختفيت", "اذا مت", "als ik er niet ben", "als ik er niet meer ben",
        "niet meer kan zijn", "er niet meer zijn", "not be here", "not being here",
        "wasnt here", "werent here", "olmasam", "olmazsam", "ما كون", "ما كنت موجود",
        "when im gone", "when i am gone", "for when im gone", "after im gone", "als ik weg ben",
        "voor als ik weg ben", "ben gidince", "ben olmayinca", "ben olunce", "ben ölünce",
        "oldugumde", "öldüğümde", "لما اموت", "بعد ما اموت", "لما روح", "بعد ما روح", "ملي نموت",
    ),
    "WORK": (
        "werk", "job", "baan", "school", "vakantie", "stage", "team", "vergadering", "meeting",
        "work", "isyeri", "الشغل", "العمل", "isyerim*", "werkweek",
    ),
    "END_OF_LIFE_CARE": (
        "euthanasie", "wilsverklaring", "verpleeghuis", "ziekenhuis", "hospice", "palliatief",
        "palliatieve", "euthanasia", "nursing home", "hospital", "otanazi", "hastane",
        "huzurevi", "المستشفى", "المستشفي",
    ),
    "BURDEN": (
        "last voor iedereen", "tot last", "een last", "burden", "yuk", "yük", "عبء", "عبئ",
        "عبئا", "عالة",
    ),
    "NOBODY": (
        "niemand", "nobody", "no one", "noone", "kimse", "kimsenin", "ما حدا", "محدش",
        "لا احد", "ولا حدا",
    ),
    "MISS_ME": (
        "missen", "mist", "merkt", "merken", "zal missen", "miss me", "notice", "care",
        "ozle*", "özle*", "fark etmez", "umurunda", "يشتاق*", "يشتاقلي", "يفتقد*", "رح يحس",
        "بيهتم", "يلاحظ",
    ),
    "GONE": (
        "weg ben", "er niet meer ben", "er niet meer zou zijn", "dood ben", "dood was",
        "weg was", "im gone", "i was gone", "when im gone", "dead", "gone", "olursem", "olsem",
        "gidersem", "اذا رحت", "اذا مت", "لو مت", "لو رحت", "رحت",
    ),
    "EVERYDAY_CHANGE": (
        "verhuis*", "moved", "move away", "nummer", "number", "telefoonnummer", "tasin*",
        "taşın*", "numara*", "انتقلت", "رقمي",
    ),
    # --- saying goodbye, giving things away
    "FAREWELL": (
        "afscheidsbrief*", "afscheidsbericht*", "afscheidsbriefje", "goodbye letter*",
        "goodbye note*", "suicide note", "farewell letter", "veda mektub*", "veda notu",
        "رساله وداع", "رسالة وداع", "رسايل وداع",
    ),
    "FAREWELL_WEAK": (
        "afscheid genomen", "afscheid nemen", "said goodbye", "saying goodbye", "veda ettim",
        "vedalastim", "ودعت",
        "afscheid neemt", "afscheid nam", "says goodbye", "said bye", "veda ediyor", "بتودع",
        "بيودع", "vaarwel zegt", "vaarwel gezegd",
    ),
    "NO_ANSWER": (
        "neemt niet op", "neemt ze niet op", "neemt hij niet op", "reageert niet",
        "niet bereikbaar", "not answering", "doesnt answer", "wont answer", "doesnt pick up",
        "not picking up", "telefonu acmiyor", "telefonu açmıyor", "açmıyor", "acmiyor",
        "ما عم ترد", "ما عم يرد", "ما بترد", "ما بيرد",
    ),
    "SECRECY": (
        "weet niet waarom", "weet nog niet waarom", "weten niet waarom", "doesnt know why",
        "dont know why", "niemand weet", "nobody knows", "bilmiyor", "kimse bilmiyor",
        "ما بيعرف", "ما حدا بيعرف",
    ),
    "FOUND_ME": (
        "als ze me vinden", "als ze mij vinden", "when they find me", "when you find me",
        "beni bulduklarinda", "beni bulunca", "لما يلاقوني", "لما تلاقوني",
    ),
    "GIVE_AWAY": (
        "alles weggegeven", "alles weg gegeven", "spullen weggegeven", "given away",
        "giving away", "gave away", "her seyimi verdim", "her şeyimi verdim", "وزعت اغراضي",
        "verdeeld", "spullen verdeeld", "weggegeven", "weg gegeven", "given my", "gave my",
        "dagittim", "dağıttım", "وزعت", "عطيت",
    ),
    "FINAL_AFFAIRS": (
        "testament", "will", "wil", "vasiyet*", "وصيه", "وصيتي", "afscheid",
    ),
    "NOT_NEEDED_ANYMORE": (
        "niet meer nodig", "toch niet meer nodig", "wont need", "will not need",
        "ihtiyacim olmayacak", "ما رح احتاج",
    ),
    # --- never waking up; ending it all; a last night; dialect
    "REST_SLEEP": (
        "rust", "rusten", "rest", "sleep", "slapen", "dinlen*", "huzur*", "uyu*", "ارتاح", "نرتاح",
        "ارتح", "راحه", "انام", "نام", "nrta7", "rta7", "nertah", "n3es", "nam", "anam",
    ),
    "NEVER_WAKE": (
        "niet meer wakker", "nooit meer wakker", "niet wakker", "never wake", "not wake up",
        "dont wake up", "uyanmak istemiyorum", "uyanmasam", "hic uyanmasam", "ما افيق",
        "وما افيق", "ما اصحى", "ما اصحا", "ما فيق",
        "ما اصحاش", "وما اصحاش", "ما اصحى تاني", "مصحاش", "ما افيقش", "ما نفيقش", "ما نوعاش",
        "ma nfi9ch", "manfi9ch", "ma as7ash", "mas7ash", "ما قوم", "وما قوم", "ما عاد فيق",
        "bir daha uyanmasam", "uyanmayayim", "uyanmayayım",
    ),
    "FOREVER": (
        "voor altijd", "voorgoed", "forever", "for good", "for ever", "sonsuza dek",
        "sonsuza kadar", "للابد", "ابدا",
        "lel abad", "lil abad", "ll abad", "lel abd", "الى الابد", "ebediyen", "sonsuza", "euwig",
    ),
    "NEVER_AGAIN": (
        "nooit meer", "never", "nooit", "bir daha", "hic", "hiç", "ما عاد", "ابدا",
    ),
    "MY_LAST": (
        "mijn laatste dag", "mijn laatste week", "mijn laatste nacht", "mijn laatste avond",
        "my last day", "my last night", "my last week", "son gunum", "son günüm", "son gecem",
        "اخر يوم الي", "اخر ليله الي", "اخر يوم",
    ),
    "SLEEP_PROBLEM": (
        "slecht", "slechter", "beter", "problemen", "probleem", "insomnia", "badly",
        "doorslapen", "inslapen", "uitslapen", "lekker", "uyku problemi", "kotu", "مشاكل",
        "could sleep", "kon wel", "zou wel", "could", "moe", "tired", "yorgun*",
    ),
    "NOISE": (
        "buren", "neighbours", "neighbors", "lawaai", "noise", "wekker", "alarm", "komsu*",
        "komşu*", "الجيران", "uitslapen",
    ),
    "WISH_PRAY": (
        "wil", "wou", "hoop", "bid", "bidden", "wens", "zou", "hoeveel", "om", "opgelost",
        "want", "wish", "hope", "pray", "praying", "how many", "how much", "keske", "dua",
        "istiyorum", "بدي", "اريد", "اتمنى", "ادعي", "يا رب",
        "نفسي", "ودي", "ابي", "ابغى", "bghit", "nefsi", "nefsy", "3ayez", "3ayza", "bdi", "baddi",
        "ياريت", "يا ريت", "ya rit", "ya reet", "keşke",
    ),
    "ALL_STOP": (
        "punt achter", "punt erachter", "stop for good", "all to stop", "end it all",
        "end everything", "kms", "kys", "unalive", "her sey bitecek", "her şey bitecek",
        "her seyi bitir*", "her şeyi bitir*", "hersey bitecek", "خلص من كل شي",
        "خلص من كل شيء", "انهي كل شي", "انهي حياتي", "اخلص من حياتي",
    ),
    "RELATION_OR_MATTER": (
        "relatie", "ruzie", "verhuurder", "met die", "achter die", "vriendschap", "contract",
        "baan", "boyfriend", "girlfriend", "relationship", "letters", "brieven", "these",
        "iliski*", "ilişki*", "العلاقه",
        "formulier*", "form", "forms", "formlar*", "evrak*", "belge*", "basvuru*", "başvuru*",
        "tamam", "paperwork", "papers", "الاوراق", "الاستماره", "aanvraag", "abonnement*",
        "subscription", "contract*", "abonelik*", "الاشتراك",
    ),
    "HOW_DO_IT": (
        "hoe ik het ga doen", "hoe ik het doe", "how to do it", "how i will do it",
        "when i finally do it", "when i do it", "اليوم اللي رح اعملها", "رح اعملها",
        "كيف رح اعملها",
    ),
    "PLAN": (
        "een plan", "het plan", "a plan", "planim", "planım", "خطه",
    ),
    "WHEN_HOW": (
        "wanneer", "weet wanneer", "hoe", "datum", "when", "know when", "how", "date",
        "ne zaman", "nasil", "nasıl", "امتى", "متى", "كيف",
    ),
    "CRASH_ON_PURPOSE": (
        "stuur omgooien", "stuur om gooien", "tegen een boom rijden", "tegen een boom",
        "tegen een vrachtwagen", "driving into a tree", "drive into a tree", "drive off",
        "into oncoming", "crash my car", "direksiyonu kir", "direksiyonu kır", "arabayi carp",
        "اصدم السياره", "اصدم حالي",
    ),
    "THINK_ABOUT_IT": (
        "denk er steeds aan", "denk eraan", "denk er aan", "denk er vaak aan", "keep thinking",
        "thinking about it", "think about it", "aklimdan cikmiyor", "aklımdan çıkmıyor",
        "dusunuyorum", "düşünüyorum", "بفكر فيها", "عم فكر",
    ),
    "NIGHT_DECIDED": (
        "kararimi verdim", "kararımı verdim", "besloten", "made up my mind", "decided", "قررت",
        "اخدت قراري",
    ),
    "TONIGHT": (
        "vannacht", "vanavond", "tonight", "bu gece", "bu aksam", "الليله", "هالليله",
    ),
    "NO_REASON_TO_LIVE": (
        "geen reden om te leven", "geen reden meer", "no reason to live",
        "nothing to live for", "yasamak icin bir sebebim yok", "yaşamak için bir sebebim yok",
        "yasamak icin sebep", "yasamanin anlami yok", "ما في معنى للحياه",
        "ما عاد في معنى للحياه", "معنى للحياه", "لا معنى لحياتي",
    ),
    "NO_FUTURE": (
        "geen toekomst", "no future", "gelecegim yok", "geleceğim yok", "gelecek yok",
        "ما في مستقبل", "ما الي مستقبل",
    ),
    "FOR_ME": (
        "voor mij", "voor me", "for me", "i have", "ik heb", "benim", "bana", "الي", "إلي",
        "mijn",
    ),
    "DONE_WITH": (
        "klaar mee", "klaar met", "done with", "had enough of", "sick of", "bikdim", "bıktım",
        "زهقت من", "تعبت من",
        "fed up with",
    ),
    "MYSELF": (
        "mezelf", "myself", "kendim*", "kendimden", "حالي", "نفسي", "mijn leven", "my life",
        "hayatim*", "hayatım*", "حياتي",
    ),
    "ALL_OF_IT": (
        "alles", "everything", "her sey", "her şey", "كل شي", "iedereen", "everyone",
    ),
    "JUST_TODAY": (
        "vandaag", "voor vandaag", "vanavond", "lange dag", "deze week", "for today", "today",
        "long day", "this week", "bugunluk", "bugünlük", "bugun", "bugün", "اليوم", "هاليوم", "ff",
        "even",
    ),
    "TIRED_OF": (
        "moe van", "tired of", "sick and tired of", "yoruldum", "bezdim", "ta3ban men",
        "ta3bana men", "t3bt men", "t3ebt men", "3yit men", "3yit mn", "zh9t men", "tfa9t men",
        "تعبانه من", "تعبان من", "مليت من", "تعبت من", "زهقت من", "kapot van",
    ),
    "LIFE_ITSELF": (
        "het leven", "dit leven", "mijn leven", "life", "living", "my life", "hayattan",
        "hayatimdan", "hayatımdan", "yasamaktan", "yaşamaktan", "bu hayat*", "الحياه", "هالحياه",
        "حياتي", "el 7aya", "l7aya", "7ayati", "lhayat", "l7ayat", "ddnya", "الدنيا", "هالدنيا",
        "dnya", "donya",
    ),
    "LIFE_PLACE_HARMLESS": (
        "in deze stad", "in dit huis", "in de stad", "in armoede", "in this city", "in this flat",
        "in this house", "in this country", "in dit land", "sehir*", "şehir*", "بهالبلد",
        "بهالبيت", "met schulden", "with debt", "huur", "duur", "expensive", "pahali", "pahalı",
        "غالي", "غاليه", "hier", "here", "burada", "burda", "هنا", "هون", "انتقل", "انقل",
        "verhuizen", "move", "tasinmak", "taşınmak",
    ),
    "NOT_NEEDED": (
        "hebben me niet meer nodig", "heeft me niet meer nodig", "niemand heeft me nodig",
        "need me anymore", "dont need me", "nobody needs me", "no one needs me",
        "bana ihtiyaclari yok", "kimsenin bana ihtiyaci yok", "ما حدا محتاجني",
        "ما عاد حدا محتاجني",
    ),
    "CAN_GO": (
        "kan wel gaan", "kan ik gaan", "kan gaan", "mag gaan", "can go", "can leave",
        "gidebilirim", "فيني روح", "بقدر روح",
    ),
    "UNWORTHY": (
        "verdien het niet om te leven", "verdien het niet te leven", "verdien niet te leven",
        "dont deserve to live", "do not deserve to live", "dont deserve to be alive",
        "yasamayi hak etmiyorum", "yaşamayı hak etmiyorum", "ما بستاهل عيش", "ما استاهل اعيش",
        "لا استحق الحياه",
    ),
    "LIFE": (
        "leven", "bestaan", "dit leven", "life", "existence", "hayat*", "yasam*", "yaşam*",
        "الحياه", "حياتي", "هالحياه", "الدنيا",
    ),
    "ESCAPE": (
        "verlost", "af zijn", "weg uit", "uit dit", "ontsnappen", "escape", "out of", "rid of",
        "free of", "kurtul*", "ارتاح", "خلص", "اخلص", "الخلاص", "اطلع من",
    ),
    "POINTLESS": (
        "geen zin", "heeft geen zin", "zinloos", "geen nut", "no point", "pointless",
        "dont see the point", "see the point", "anlami yok", "anlamı yok", "anlamsiz",
        "anlamsız", "ما في معنى", "ما بيستاهل", "ما في شي بيستاهل", "لا فائده", "ما الو طعمه",
    ),
    "NO_REASON": (
        "geen reden", "geen enkele reden", "no reason", "sebebim yok", "sebep yok",
        "bir sebep yok", "hicbir sebep", "hiçbir sebep", "ما عندي سبب", "ما في سبب", "ما الي سبب",
        "ma 3andi sabab", "ma3andi sabab", "mafi sabab", "ما عندي شي", "ما في شي", "ma kayn 3lach",
        "ما كاين علاش", "sebebim kalmadi", "sebebim kalmadı", "bir sebebim kalmadi",
        "bir sebebim kalmadı", "nedenim kalmadi", "nedenim kalmadı", "nedenim yok",
        "geen reden meer",
    ),
    "GO_ON": (
        "door te gaan", "doorgaan", "verder", "leven", "bestaan", "go on", "keep going",
        "carry on", "living", "live", "anything anymore", "yasamak", "yaşamak", "devam", "عيش",
        "كمل", "اكمل", "الحياه", "اعيش",
        "نكمل", "نعيش", "يخليني عيش", "n3ich", "n3ish", "nkamel", "kammel", "a3ish", "3ish",
        "yasamak icin", "yaşamak için", "devam etmek", "yasamaya", "yaşamaya", "te leven",
        "om te leven", "doorleven",
    ),
    "GOD_TAKE_ME": (
        "god haal me", "haal me weg", "god take me", "take me away", "allahim al beni",
        "allah canimi alsin", "canimi al", "يا رب خذني", "يا رب خدني", "خذني عندك",
        "الله ياخد روحي", "الله ياخذ روحي", "ياخد روحي", "ياخذ روحي", "يا رب خد روحي",
        "ربي ياخد روحي", "الله ياخدني", "الله ياخذني", "ربي ياخذني", "يا رب تاخدني", "يا رب موتني",
        "الله يموتني", "khodni", "khdni", "5odni", "allah yakhodni", "allah ya5odni",
        "rabi ya5odni", "rabbi yakhodni", "god neem me", "neem me maar mee", "god take my soul",
        "lord take me", "god please take me", "take my soul", "canımı al", "allah beni alsin",
        "allah beni alsın", "ruhumu al", "allahim canimi al", "allahım canımı al",
    ),
    "REJOIN": (
        "naar haar toe", "naar hem toe", "bij haar zijn", "bij hem zijn", "be with her",
        "be with him", "join her", "join him", "yanina gitmek", "yanına gitmek", "الحق فيه",
        "الحق فيها", "روح لعندها", "روح لعنده",
    ),
    "THE_DEAD": (
        "overleden", "dode", "hemel", "passed away", "dead", "heaven", "rahmetli", "vefat*",
        "olen", "ölen", "المرحوم*", "الله يرحمه*", "توفت", "توفي", "الميت*",
    ),
    "WANT_DIE_DIALECT": (
        "بغيت نموت", "بغيت نموت", "باغي نموت", "بدي موت", "نفسي اموت", "ابغى اموت", "ودي اموت",
        "olsem de kurtulsam", "olsem de kurtulsam", "olup gitsem", "wanna die", "wana die",
        "want 2 die",
    ),
    "NOT_WANT_LIVE_DIALECT": (
        "ما بقيتش باغي نعيش", "ما بقيتش بغيت نعيش", "ما عاد بدي هالحياه", "ما عاد بدي عيش",
        "ما بدي عيش", "مش عايز اعيش", "مش عايزه اعيش", "ما ابي اعيش", "ما بدي كمل",
        "ما بدي اكمل", "مش قادر كمل", "مش عايز اكمل", "ما بدي كمل بهالحياه",
    ),
    "NOT_THERE_SOON": (
        "ما كون موجود", "ما رح كون موجود", "مش رح كون موجود", "wont be here", "wont be around",
        "burada olmayacagim", "olmayacagim", "ben er niet meer", "er niet meer ben volgende",
        "مش هكون موجود", "مش هكون موجوده", "مش هبقى موجود", "مش هبقى موجوده", "مش رح اكون موجود",
        "ما راح اكون موجود", "لن اكون موجودا", "لن اكون موجود", "ما رح ضل موجود",
        "burda olmayacagim", "burda olmayacağım", "burada olmayacağım", "olmayacam",
        "burda olmicam", "i wont be here", "i wont be around", "i will not be here",
        "ik ben er niet meer", "ben ik er niet meer", "ik ben er straks niet meer",
        "ik ben er binnenkort niet meer", "ik ben er toch niet meer", "ma ghadich nkoun",
        "ma ghadich nb9a",
    ),
    "DOESNT_MATTER": (
        "maakt niet uit", "maakt het niet meer uit", "maakt niks uit", "maakt eigenlijk niet uit",
        "doet er niet toe", "doesnt matter", "dont matter", "whatever", "no point", "fark etmez",
        "farketmez", "anlami yok", "anlamı yok", "bi anlami yok", "مش فارقه", "ما بتفرق",
        "ما بيفرق", "ما عاد يهم", "مش مهم", "ما بتفرق معي", "machi mochkil",
    ),
    "TIRED_OF_ALL": (
        "تعبت", "bikdim", "bıktım", "ik ben op", "klaar mee", "had enough", "done with it",
        "ik ben het zat", "het zat", "ben het beu", "sick of it", "tired of it all", "yoruldum",
        "مليت",
    ),
    "SELF_HARM_URGE": (
        "neiging om te snijden", "neiging om mezelf", "drang om te snijden",
        "zin om te snijden", "urge to cut", "want to cut", "cutting again", "kendimi kesmek",
        "kendimi kestim", "جرحت حالي", "جرحت نفسي", "بجرح حالي", "اجرح حالي", "اجرح نفسي",
    ),
    "GAS_SLEEP": (
        "gas opendraaien", "gas open draaien", "gas open zetten", "turn on the gas",
        "gazi acip", "gazı açıp", "افتح الغاز",
    ),
    "SLEEP": (
        "slapen", "sleep", "uyu*", "نام", "انام", "slaap", "in slaap", "asleep", "go to sleep",
        "uyumak", "نوم",
    ),
    "BED": (
        "bed", "bank", "bank gevallen", "into bed", "sofa", "couch", "yatak*", "kanepe",
        "التخت", "الكنبه",
    ),
    # --- hurt, held, followed, threatened, forced, neglected at home
    "PARTNER": (
        "man", "vrouw", "partner", "vriend", "vriendje", "ex", "exman", "echtgenoot", "vader",
        "stiefvader", "moeder", "broer", "zoon", "schoonfamilie", "schoonmoeder",
        "schoonvader", "familie", "hij", "husband", "wife", "boyfriend", "girlfriend", "dad",
        "father", "stepdad", "stepfather", "mother", "brother", "son", "family", "he", "kocam",
        "kocamin", "esim", "eşim", "eski kocam", "babam", "uvey babam", "üvey babam",
        "agabeyim", "oglum", "kayinvalidem", "kaynanam", "ailem", "sevgilim", "o", "زوجي",
        "طليقي", "ابوي", "ابي", "اخوي", "اخي", "ابني", "حماتي", "اهلي", "جوزي", "هو",
    ),
    "CONTROL": (
        "neemt mijn telefoon", "pakt mijn telefoon", "afpakken", "pakt mijn geld",
        "neemt mijn geld", "geeft me geen geld", "takes my phone", "takes my money",
        "takes my pension", "telefonumu", "paramı aliyor", "paramı", "paramı alıyor", "parami",
        "تلفوني", "مصرياتي", "فلوسي", "بياخد", "ياخد تلفوني", "paspoort", "passport",
        "pasaport", "جوازي", "جواز السفر", "controleert mijn telefoon", "checks my phone",
        "telefonumu kontrol", "بيفتش تلفوني",
    ),
    "NOT_ALLOWED_OUT": (
        "mag het huis niet uit", "mag niet naar buiten", "mag de deur niet uit", "sluit me op",
        "niet allowed to leave", "not allowed to leave", "not allowed out", "locks me in",
        "locked me in", "wont let me leave", "disari cikmama izin vermiyor",
        "dışarı çıkmama izin vermiyor", "izin vermiyor", "eve kapatiyor", "eve kapatıyor",
        "ما بيخليني اطلع", "ما بتخليني اطلع", "بيقفل علي", "حابسني", "deur op slot", "op slot",
        "locks the door", "locked the door", "kapiyi kilitliyor", "kapıyı kilitliyor",
        "بيقفل الباب", "mag geen vriendinnen", "mag geen vrienden", "wont let me see",
        "doesnt let me see", "gorusmeme izin", "görüşmeme izin", "ما بيخليني شوف",
    ),
    "LOCK": (
        "sloot", "sluit", "opgesloten", "locks", "locked", "lock", "kilitl*", "قفل", "بيقفل",
        "حبس*",
    ),
    "SELF_OBJ": (
        "me", "mij", "ons", "us", "beni", "bizi", "علي", "علينا",
    ),
    "CONFINED": (
        "slaapkamer", "kamer", "schuur", "kelder", "badkamer", "huis", "room", "shed",
        "basement", "bathroom", "house", "oda*", "banyo", "غرفه", "الغرفه", "الحمام", "البيت",
    ),
    "FEEL": (
        "voel", "voel me", "voelt", "feel", "feels", "hissediyorum", "gibi", "حاسس", "حاسه",
        "كاني",
    ),
    "STALK": (
        "volgt me", "volgt mij", "achtervolgt", "stalkt", "stalker", "stalking", "tracker",
        "follows me", "following me", "keeps following", "turning up at", "waits outside",
        "takip ediyor", "peşimden", "pesimden", "يلاحقني", "بيلاحقني", "عم يلاحقني", "يستناني",
        "بيستناني",
        "gestalkt", "is after me", "pesimde", "peşimde", "ورايا", "لاحقني", "stalked",
        "being stalked",
    ),
    "KNOWS_WHERE": (
        "weet waar ik woon", "weet waar we wonen", "weet op welke school", "knows where i live",
        "knows where we live", "knows which school", "nerede oturdugumu", "nerede oturduğumu",
        "hangi okulda", "بيعرف وين ساكنه", "بيعرف وين ساكن", "بيعرف وين مدرسه", "tracker", "gps",
        "volgapp", "zendertje", "airtag", "tracking", "takip cihazi", "takip cihazı", "جهاز تتبع",
    ),
    "THREAT_MSG": (
        "dreigberichten", "dreigbericht*", "dreigappjes", "bedreigingen", "threatening messages",
        "threatening texts", "threats", "tehdit mesaj*", "tehditler*", "رسايل تهديد", "تهديدات",
    ),
    "EX": (
        "ex", "exman", "ex man", "ex partner", "exvriend", "my ex", "eski kocam", "eski esim",
        "eski eşim", "eski sevgilim", "طليقي", "طليقتي",
    ),
    "PROTECTION_ORDER": (
        "contactverbod", "straatverbod", "restraining order", "protection order",
        "uzaklastirma", "uzaklaştırma", "امر حمايه", "امر ابعاد",
    ),
    "AGAIN": (
        "weer", "opnieuw", "again", "nog steeds", "still", "yine", "tekrar", "مره تانيه",
        "رجع", "لسا",
    ),
    "AT_MY_DOOR": (
        "voor mijn deur", "voor mijn huis", "bij mijn huis", "bonken", "bonkt", "outside my",
        "at my door", "at my work", "evimin onunde", "evimin önünde", "kapimin onunde",
        "قدام البيت", "عند الباب", "voor de deur", "elke avond", "belt steeds",
        "keeps calling", "ander nummer", "bij mijn huis te", "at my house",
    ),
    "THREATEN": (
        "dreigt", "dreigde", "bedreigt", "bedreigd", "bedreigde", "bedreigt", "threatens",
        "threatened", "threatening", "says hell", "said hell", "zegt dat hij", "zei dat hij",
        "tehdit*", "soyluyor", "söylüyor", "هدد*", "بيهدد*", "يهدد*", "قال اذا", "قال انه",
        "بيقول", "soyledi", "söyledi", "dedi", "if i leave", "als ik weg ga", "als ik wegga",
        "gidersem", "اذا تركته",
        "gedreigd", "heeft gedreigd", "dreigen", "threatened to",
    ),
    "EVICTION": (
        "boete", "rechtszaak", "ontruiming", "deurwaarder", "incasso", "fine", "court",
        "eviction", "lawyer", "advocaat", "icra", "mahkeme", "محكمه", "محامي", "غرامه",
    ),
    "HARM_TO_ME": (
        "kinderen meenemen", "kinderen meeneemt", "take the kids", "take my kids",
        "take the children", "kaciracag*", "kaçıracağ*", "ياخد الاولاد", "ياخد ولادي",
        "naaktfoto*", "naakt foto*", "nudes", "nude photos", "spread my", "verspreiden",
        "terug te sturen", "terugsturen", "send me back", "geri gonder*", "burn the house",
        "hurt me", "kill me", "iets aandoen", "vermoorden", "doodmaken", "niet lang meer leef",
        "zarar ver*", "oldurur*", "öldürür*", "يقتلني", "يأذيني", "يئذيني", "يرجعني",
        "oldurece*", "öldürece*", "olduru*", "kapot maakt", "kapotmaken", "find me and kill",
        "dood te maken", "dood maken", "te doden", "te vermoorden", "om te brengen",
        "iets aan te doen", "wat aandoen", "me wat aandoen", "kinderen mee te nemen", "kill my",
        "to kill", "hurt my", "oldurmekle", "öldürmekle", "يقتلنا", "يذبحني", "يذبحنا",
    ),
    "IF_I": (
        "als ik", "if i", "when i", "eger", "eğer", "اذا", "لو",
    ),
    "FORCED": (
        "gedwongen", "dwingen", "dwingt", "forcing", "forced", "force me", "zorla", "zorluyor",
        "غصب", "بالغصب", "غصب عني", "يجبرني", "يجبروني", "moet van mijn familie",
        "moet van mijn ouders", "have to marry", "anders mag ik niet", "or else", "yoksa",
        "بيغصبني", "يغصبني", "غصبني", "بيجبرني", "kaygh9abni",
    ),
    "MARRY": (
        "trouwen", "huwelijk", "married", "marry", "marriage", "evlen*", "evlendir*",
        "يجوزوني", "جوزوني", "زواج", "اتجوز", "يزوجوني",
        "uithuwelijken", "uitgehuwelijkt", "uithuwelijking",
    ),
    "FORCED_MARRIAGE": (
        "uithuwelijken", "uitgehuwelijkt", "uithuwelijking", "gedwongen huwelijk",
        "forced marriage", "forced to marry", "zorla evlendir*", "zorla evlen*", "زواج بالغصب",
        "زواج قسري", "بدهم يزوجوني غصب",
    ),
    "BRUISES": (
        "blauwe plekken", "blauwe plek", "blauw oog", "bruises", "bruised", "black eye",
        "morluk*", "mosmor", "كدمات", "كدمه", "ازرق",
    ),
    "BURNS": (
        "brandwonden", "brandplekken", "brandwond", "burns", "burn marks", "cigarette burns",
        "yanik izleri", "yanık izleri", "حروق",
    ),
    "BURN_HARMLESS": (
        "zon", "zonnebrand", "kook*", "oven", "strijkijzer", "ongeluk", "sun", "cooking",
        "iron", "accident", "gunes", "güneş", "الشمس",
        "strijkbout", "strijk*", "heet", "hete", "kaars", "pan", "thee", "koffie", "soep",
        "waterkoker", "heet water", "genezen", "heal*", "pleister", "zalf", "brandzalf", "kettle",
        "tea", "coffee", "candle", "ütü", "utu", "cay", "çay", "مكوايه", "المكوايه", "الشاي",
    ),
    "FELL": (
        "gevallen", "gestoten", "sport", "voetbal", "fell", "fall", "football", "dustu",
        "düştü", "وقع", "وقعت", "fiets", "boks*", "judo", "bike", "boxing", "bisiklet",
    ),
    "ROUGH": (
        "hardhandig", "ruw", "schreeuwt", "schreeuwen", "gillen", "rough", "screams",
        "screaming", "kotu davran*", "kötü davran*", "bagiriyor", "بقسوه", "بتصرخ", "يصرخ",
    ),
    "CARER": (
        "verzorger", "verzorgster", "thuiszorg", "verpleeghuis", "carer", "care home",
        "caregiver", "nurse", "bakici*", "bakıcı*", "huzurevi", "الممرضه", "المربيه",
        "دار المسنين",
        "thuishulp", "huishoudelijke hulp", "wijkverpleging", "wijkverpleegkundige",
        "verpleegster", "verpleger", "zorgverlener", "home help", "care worker", "careworker",
        "aide", "bakici", "الخادمه", "الشغاله",
    ),
    "CHILD": (
        "kind", "kinderen", "kids", "kinders", "buurkinderen", "baby", "broertje", "zusje",
        "children", "child", "kid", "cocuk*", "çocuk*", "bebek", "اولاد", "الاولاد", "البيبي",
        "الطفل", "اطفال", "ولاد", "jongen", "jongetje", "meisje", "buurjongen", "buurmeisje",
        "kleine", "boy", "girl", "kiz", "kız", "oglan", "oğlan", "ولد", "بنت", "الولد",
        "البنت", "dochtertje", "zoontje", "kindje", "peuter", "kleuter", "toddler", "bebegim",
        "bebeğim", "طفلي", "بنتي الصغيره",
    ),
    "CHILD_FIGHT": (
        "broertje", "zusje", "broer", "zus", "brother", "sister", "kardes*", "kardeş*", "اخاه",
        "اخته", "elkaar", "each other", "birbirini",
    ),
    "HIT_NOT_HURT": (
        "bal", "ball", "hoofd", "kop", "head", "birbirine", "oyun*", "yastik*", "yastık*",
        "play*", "spelen", "game", "kussen", "pillow", "tafel", "table", "الطابه", "بيلعبو",
        "chess", "cards", "schaak*", "kaart*", "satranc*", "satranç*", "شطرنج",
        "slaat mij over", "slaat me over", "slaat ons over", "sloeg mij over", "sloeg me over",
    ),
    "ALONE": (
        "alleen thuis", "alleen", "alone", "home alone", "yalniz", "yalnız", "لحالهم", "لحاله",
        "لحالها", "وحدهم", "وحده", "thuis is niemand", "niemand thuis", "nobody home",
        "no one home", "nobody is home", "evde kimse yok", "ما في حدا بالبيت",
    ),
    "DAYS_NO_FOOD": (
        "dagen", "2 dagen", "twee dagen", "sinds gisteren", "uren", "nacht", "days", "hours",
        "since yesterday", "gundur", "gündür", "saattir", "يومين", "ايام", "ساعات",
        "geen eten", "no food", "yemek yok", "aç", "بدون اكل", "ما في اكل", "huilen", "huilt",
        "crying", "agliyor*", "ağlıyor*", "بيبكي", "يبكو", "honger", "hungry", "جوعان",
        "جوعانين", "laat", "late", "buiten", "outside", "disarida", "dışarıda",
    ),
    "NEVER": (
        "nooit", "never", "asla", "ابدا",
    ),
    "AT_NIGHT": (
        "s nachts", "nachts", "at night", "night", "gece*", "بالليل", "الليل",
    ),
    "MY_ROOM": (
        "mijn kamer", "op mijn kamer", "my room", "my bed", "mijn bed", "odama", "odamıza",
        "odamiza", "غرفتي", "تختي",
    ),
    "COMES_IN": (
        "komt", "kwam", "comes", "came", "geliyor", "giriyor", "بيجي", "يفوت", "بيفوت",
    ),
    "SECRET_ABUSE": (
        "dingen die niet mogen", "niemand zeggen", "aan niemand zeggen",
        "mag het niet vertellen", "not allowed to tell", "our secret", "ons geheim",
        "kimseye soyleme", "kimseye söyleme", "ما احكي لحدا", "سرنا",
        "niemand mag vertellen", "het niemand vertellen", "niemand mag zeggen", "mag niks zeggen",
        "niet aan mama vertellen", "cant tell anyone", "mustnt tell", "dont tell anyone",
        "not to tell anyone", "kimseye soylememi", "kimseye söylememi", "لا تحكي لحدا",
        "ما تقولي لحدا",
    ),
    "TOUCH": (
        "zit aan me", "zit aan mij", "aan me zitten", "betast", "betasten", "touches me",
        "touched me", "touching me", "dokunuyor", "dokundu", "بيلمسني", "لمسني", "يلمسني",
    ),
    "TOUCH_CONTEXT": (
        "zorla", "forcibly", "niet vertellen", "not tell", "nobody", "niemand", "s nachts",
        "at night", "when", "als", "gece", "kimse", "غصب", "بالليل", "ما حدا", "vader", "oom",
        "uncle", "stiefvader", "stepdad", "babam", "amcam", "dayim", "ابوي", "عمي", "خالي",
    ),
    "AFRAID": (
        "bang", "durf niet", "durf", "afraid", "scared", "korkuyorum", "kork*", "خايف",
        "خايفه", "خوفانه",
    ),
    "HOME": (
        "naar huis", "thuis", "naar binnen", "home", "go back", "eve", "evime", "البيت",
        "عالبيت", "للبيت", "ارجع",
    ),
    "AGGRESSIVE": (
        "agressief", "aggressive", "slaat alles kapot", "gooit met", "smijt met",
        "throws things", "smashes", "shoves", "iteliyor",
    ),
    "HIT_PASSIVE": (
        "geslagen wordt", "wordt geslagen", "word geslagen", "geslagen worden", "being hit",
        "gets hit", "getting beaten", "being beaten", "dovuluyor", "dövülüyor", "بتنضرب",
        "بينضرب", "عم تنضرب", "geschopt", "geslagen", "mishandeld", "getrapt", "gewurgd",
        "uitgescholden en", "beaten", "kicked", "slapped", "punched", "choked", "dovuldum",
        "dövüldüm", "dovuluyorum", "انضربت",
    ),
    "HURTS_ME": (
        "doet me pijn", "doet mij pijn", "deed me pijn", "hurts me", "hurt me", "canimi yakiyor",
        "canımı yakıyor", "bana zarar", "بيوجعني", "بيأذيني", "يأذيني",
    ),
    "FEELINGS": (
        "woorden", "words", "gevoel*", "feelings", "hart", "heart", "niet belt", "doesnt call",
        "emotion*", "sozleri", "sözleri", "kalbimi", "كلامه", "بكلامه", "rug", "hoofd", "back",
        "head", "knie", "knee", "buik", "schouder",
    ),
    "COVER_STORY": (
        "zegt dat ik gevallen ben", "moet zeggen dat ik", "zeggen dat ik gevallen",
        "says i fell", "tell them i fell", "told me to say", "dustum de", "düştüm de",
        "قال اني وقعت", "قلهم وقعت",
        "maar zegt dat ze gevallen", "maar zegt dat hij gevallen", "zegt dat ze tegen de deur",
        "zegt dat ze tegen een deur", "but says she fell", "but she says she fell",
        "says she walked into", "claims she fell", "dustugunu soyluyor", "düştüğünü söylüyor",
        "بتقول انها وقعت", "بتقول وقعت",
    ),
    "HIT": (
        "slaat", "sloeg", "schopt", "hits", "beats", "kicks", "dovuyor", "dövüyor", "vuruyor",
        "يضرب", "بيضرب", "hit", "slaan", "sla", "dover", "döver", "ضرب",
    ),
    "VIOLENT": (
        "gewelddadig", "violent", "siddet uyguluyor", "şiddet uyguluyor", "عنيف",
    ),
    # --- danger to life right now
    "FIRE": (
        "in de fik", "in brand", "brand", "rook", "on fire", "fire", "smoke", "yangin",
        "yangın", "yaniyor", "yanıyor", "duman", "حريق", "نار", "دخان", "عم تحترق",
    ),
    "FIRE_PLACE": (
        "keuken", "huis", "flat", "gebouw", "trap", "deur", "buren", "kamer", "kitchen",
        "house", "building", "stairs", "door", "flat", "mutfak", "bina*", "merdiven", "المطبخ",
        "البيت", "البنايه", "الدرج", "ev", "evde", "evim*",
    ),
    "FIRE_HARMLESS": (
        "kampvuur", "open haard", "bbq", "barbecue", "brandweer kazerne",
        "rookmelder vervangen", "roken", "sigaret*", "fireplace", "campfire", "mangal",
        "sigara", "شوي", "brandverzekering", "brandstof", "verbrand", "zonnebrand", "maagzuur",
        "brandend maagzuur",
    ),
    "CO": (
        "koolmonoxide*", "co melder", "co-melder", "carbon monoxide", "co alarm",
        "karbonmonoksit", "اول اكسيد",
    ),
    "GAS": (
        "gas opengedraaid", "gas open gedraaid", "gas laten stromen", "turned on the gas",
        "gazi actim", "gazı açtım", "فتحت الغاز", "gaslucht", "ruik gas", "ruikt naar gas",
        "smell gas", "smells of gas", "gaz kokuyor", "gaz kokusu", "ريحه غاز", "ريحة غاز",
        "gaslek", "gas lek", "gas leaking", "gas leak", "leaking gas", "gaz kacagi",
        "gaz kaçağı", "تسريب غاز",
    ),
    "COOKING": (
        "koken", "kook", "fornuis", "cooking", "stove", "yemek", "ocak", "اطبخ", "الطبخ",
        "الغاز مقطوع", "rekening", "afsluiten", "energie", "bill", "fatura", "cooks", "cooked",
    ),
    "SWALLOWED": (
        "ingenomen", "geslikt", "ingeslikt", "genomen", "took", "taken", "swallowed", "ictim",
        "içtim", "yuttum", "yuttu", "بلعت", "بلع", "اخدت", "شربت", "شرب", "opgedronken",
        "drank", "icti", "içti", "slikte", "nam",
        "gespoten", "ingespoten", "injected", "enjekte", "حقنت", "ضربت ابره", "sliktte", "bl3",
        "bla3", "khda", "khdat", "kla", "klat",
    ),
    "OVERDOSE": (
        "overdosis", "overdose", "overdosed", "od d", "asiri doz", "aşırı doz", "جرعه زايده",
        "جرعة زائدة",
    ),
    "MANY": (
        "alle", "alles", "hele", "veel", "doos", "strip", "all", "whole", "bunch", "box",
        "bottle", "tane", "kutu", "hepsini", "كل", "علبه", "كامله", "كتير", "10", "15", "20",
        "25", "30", "40", "50", "100", "fles", "a lot of", "lots of", "cok fazla", "çok fazla",
        "fazla", "teveel", "te veel", "too many",
        "bir suru", "bir sürü", "bi suru", "avuc dolusu", "avuç dolusu", "handvol", "een handvol",
        "handful", "heleboel", "een hoop", "al mijn", "all my", "كمشه", "كل الحبوب", "شريط",
        "kamla", "bzaf",
    ),
    "CHEST": (
        "borst", "op de borst", "chest", "gogsunde", "göğsünde", "gogus*", "göğüs*", "صدر*",
        "بصدره", "بصدرها", "صدري",
    ),
    "PAIN": (
        "pijn", "pain", "agri", "ağrı", "الم", "ألم", "وجع", "ضيق",
    ),
    "ALARM_SIGN": (
        "arm", "kaak", "zweet", "zweten", "misselijk", "benauwd", "jaw", "sweat*", "sweaty",
        "nauseous", "terliyor", "عرقان", "عرق*", "ايده", "تعرق", "terl*", "kolu*",
    ),
    "NOT_BREATHE": (
        "kan niet ademen", "krijgt geen lucht", "cant breathe", "not breathing",
        "cannot breathe", "nefes alamiyor*", "nefes alamıyor*", "ما عم اقدر اتنفس",
        "ما عم يتنفس", "ما عم تتنفس", "مش قادر اتنفس", "ما بيتنفس", "slecht adem",
        "haalt geen adem", "ademt niet", "ademt niet meer", "struggling to breathe",
        "isnt breathing", "not breathing properly",
    ),
    "CHRONIC": (
        "schimmel", "mould", "mold", "copd", "astma", "asthma", "trap", "stairs", "band",
        "stress", "benedenwoning", "rutubet*", "kuf", "küf", "merdiven", "الرطوبه", "العفن",
        "huis", "flat", "house", "evde", "البيت", "well",
    ),
    "BLEEDING": (
        "bloed*", "bleed*", "kanam*", "kaniyor", "انزف", "نزيف", "عم انزف", "عم ينزف",
    ),
    "WONT_STOP": (
        "stopt niet", "houdt niet op", "wont stop", "doesnt stop", "durmuyor", "ما عم يوقف",
        "ما بيوقف", "كتير", "spuit", "spuit eruit", "gushing", "spurting", "fiskiriyor",
        "fışkırıyor", "بيطلع كتير",
    ),
    "NOT_RESPONDING": (
        "reageert niet", "reageert nergens op", "not responding", "unresponsive",
        "doesnt respond", "cevap vermiyor", "tepki vermiyor", "ما عم ترد", "ما عم يرد",
        "ما بترد", "ما بيرد", "bewusteloos", "unconscious", "bayildi", "bayıldı",
        "beweegt niet", "beweegt niet meer", "not moving", "isnt moving", "wont wake up",
        "krijg niet wakker", "krijg haar niet wakker", "krijg hem niet wakker", "kipirdamiyor",
        "kımıldamıyor", "uyanmiyor", "uyanmıyor", "ما عم يتحرك", "ما عم تتحرك", "ما عم يفيق",
        "ما عم تفيق",
        "ما عم يوعى", "ما عم توعى", "مش بيفوق", "مش بتفوق", "ما بيوعى", "مش عم يصحى", "ما عم يصحى",
        "ما كيفيقش", "مكيفيقش", "ma kayfi9ch", "makayfi9ch", "mayfi9ch", "ma kayfiqch",
        "mabyes7ash", "mish byes7a", "mesh byes7a", "ma 3am yfi2", "ma 3am yes7a",
        "die niet beweegt", "die niet meer beweegt", "niet meer beweegt", "who isnt moving",
        "not waking up", "isnt waking up", "kipirdamayan", "kımıldamayan", "uyanmayan",
    ),
    "COLLAPSE": (
        "zakt in elkaar", "zakte in elkaar", "in elkaar gezakt", "flauwgevallen", "valt flauw",
        "collapsed", "fainted", "passed out", "yere yigildi", "yere yığıldı", "bayildi",
        "bayıldı", "اغمي", "انهار", "وقع مغمى",
    ),
    "SINKS": (
        "zakt", "zakte", "gezakt", "zakken", "valt", "viel", "sinks", "dropped", "yigildi",
        "yığıldı",
    ),
    "HEAP": (
        "in elkaar", "ineen", "neer", "to the floor", "yere", "على الارض",
    ),
    "BLUE": (
        "blauw aangelopen", "blauwe lippen", "blauw", "turning blue", "turned blue",
        "blue lips", "morardi", "morardı", "ازرق", "زرقا",
    ),
    "BREATH": (
        "adem", "ademt", "ademen", "breath", "breathe", "breathing", "nefes", "يتنفس", "تنفس",
        "نفس",
    ),
    "MESSAGES": (
        "brief*", "mail*", "bericht*", "appjes", "app", "bel", "telefoon", "gemeente",
        "verhuurder", "laptop", "computer", "texts", "emails", "letters", "messages", "calls",
        "council", "landlord", "belediye", "mesaj*", "ev sahibi", "رسائلي", "البلديه",
        "vakantie", "holiday", "brieven", "berichten", "mails",
    ),
    "THROAT": (
        "keel", "tong", "throat", "tongue", "bogaz*", "boğaz*", "dil", "حلق*", "لساني",
    ),
    "SWELLING": (
        "dik", "zwelt", "zwel", "opgezwollen", "swelling", "swollen", "swell*", "sisi*",
        "şiş*", "منتفخ", "عم ينفخ", "انتفخ",
    ),
    "IN_WATER": (
        "gracht", "sloot", "water", "kanaal", "canal", "river", "kanal", "الماء", "الميه",
        "القناه", "suya", "suda",
    ),
    "FELL_IN": (
        "gevallen", "valt", "fell", "drowning", "verdrinkt", "dustu", "düştü", "وقع", "وقعت",
        "عم يغرق", "غرق",
    ),
    "FELL_FROM": (
        "gevallen van", "viel van", "valt van", "gevallen uit", "viel uit", "fell from",
        "fell off", "fell down", "fell out of", "dustu", "düştü", "وقع من", "وقعت من",
    ),
    "HIGH_THING": (
        "raam", "trap", "ladder", "dak", "balkon", "steiger", "window", "stairs", "roof",
        "balcony", "pencere*", "merdiven*", "cati*", "çatı*", "balkon*", "الشباك", "شباك",
        "الدرج", "السطح", "البلكون",
    ),
    "BODY_SIDE": (
        "arm", "been", "gezicht", "mond", "mondhoek", "face", "mouth", "leg", "yuz", "yüz",
        "agiz", "ağız", "kolu", "وجه", "تمه", "ايده", "ايدها",
    ),
    "STROKE_SIGN": (
        "hangt", "scheef", "lam", "verlamd", "niet meer bewegen", "niet bewegen", "droops",
        "drooping", "numb", "cant move", "kaydi", "kaydı", "felc", "felç",
        "hareket ettiremiyor", "مايل", "مشلول", "ما عم تحرك",
    ),
    "TRAPPED": (
        "vast", "zit vast", "opgesloten", "kunnen er niet uit", "kan er niet uit", "trapped",
        "stuck", "cant get out", "mahsur", "sikisti", "sıkıştı", "عالق", "علقان",
        "ما فينا نطلع",
    ),
    "DANGER_PLACE": (
        "lift", "elevator", "water", "brand", "fire", "rook", "smoke", "auto", "car",
        "asansor*", "asansör*", "مصعد", "المصعد", "الميه", "حريق",
    ),
    "CANT_SEE": (
        "zie haar niet", "zie hem niet", "cant see", "gormuyorum", "göremiyorum", "ما عم شوفه",
        "ما عم شوفها", "onder water", "kopje onder",
    ),
    "RUN_OVER": (
        "aangereden", "overreden", "hit by a car", "run over", "صدمته", "صدمتها", "دعسته",
    ),
    "BREAK_IN": (
        "deur in te trappen", "deur intrappen", "deur in trappen", "breekt in", "inbreker",
        "breaking in", "break in", "breaking down the door", "kapiyi kiriyor",
        "kapıyı kırıyor", "يكسر الباب", "عم يكسر الباب", "حرامي بالبيت",
        "kicking my door in", "kicking the door in", "kicking down the door", "kicks the door in",
        "kicking down my door", "trapt de deur in", "trapt mijn deur in", "schopt tegen de deur",
        "bonkt op de deur", "kapiyi tekmeliyor", "kapıyı tekmeliyor", "عم يرفس الباب",
        "عم يدق الباب بقوه",
    ),
    # --- more ways of saying a known idea, per idea, in every language
    "LAST_MESSAGE": (
        "mijn laatste bericht", "mn laatste bericht", "mijn laatste berichtje", "my last message",
        "my final message", "son mesajim", "son mesajım", "اخر رساله مني", "هاي اخر رساله",
        "هذه اخر رساله",
    ),
    "AFFAIRS_SETTLED": (
        "zaakjes geregeld", "zaken geregeld", "alles geregeld", "alles is geregeld",
        "affairs in order", "sorted my affairs", "sorted everything out", "islerimi hallettim",
        "işlerimi hallettim", "her seyi hallettim", "her şeyi hallettim", "رتبت اموري",
        "رتبت كل شي", "testament", "zaakjes zijn geregeld", "zaken zijn geregeld",
        "zaakjes op orde", "zaakjes zijn op orde", "zaken op orde", "everything is sorted",
        "everything is arranged",
    ),
    "NO_MORE_WORRY": (
        "geen zorgen meer", "geen zorgen te maken", "hoeven je geen zorgen", "niet meer ongerust",
        "zich meer zorgen", "zich geen zorgen meer", "hoeft niemand zich", "worry about me",
        "dont have to worry", "dont need to worry", "wont have to worry", "no need to worry",
        "merak etmeyin", "merak etmenize gerek", "ما تقلقوا", "ما حدا يقلق", "afscheid genomen",
        "said goodbye", "veda ettim", "ودعت",
    ),
    "INSTITUTION": (
        "gemeente", "council", "municipality", "belediye*", "بلديه", "uwv", "belastingdienst",
        "woningcorporatie", "verhuurder", "landlord", "ev sahibi", "صاحب البيت", "helpdesk",
        "klantenservice", "customer service",
    ),
    "LETTER": (
        "brief", "briefje", "brieven", "letter", "letters", "note", "mektup", "mektub*",
        "رساله", "رسايل", "video", "filmpje",
    ),
    "ATTEMPT": (
        "poging gedaan", "zelfmoordpoging", "poging tot zelfmoord", "een poging", "attempted",
        "an attempt", "tried to end", "tried to kill myself", "tried before", "denedim",
        "intihar girisimi", "intihar girişimi", "حاولت انتحر", "حاولت انهي", "محاوله",
    ),
    "AGAIN_NOW": (
        "weer aan", "er weer aan", "weer zover", "weer zo ver", "weer die gedachten",
        "nu weer", "again", "yine", "tekrar", "مره تانيه", "من جديد", "رجعت الافكار",
        "رجعتلي",
    ),
    "ATTEMPT_AT_SOMETHING": (
        "om te", "om af", "om werk", "to find", "to get", "to lose", "icin", "için", "لاقي",
        "baan", "job", "werk", "afvallen", "stoppen met roken", "diet",
    ),
    "BLEED_OUT": (
        "doodbloed*", "dood bloeden", "leegbloed*", "bleed out", "bleed to death",
        "kan kaybindan olmek", "kan kaybından ölmek", "انزف لحد ما موت", "موت من النزيف",
    ),
    "OFF_THE_TOP": (
        "er vanaf", "eraf", "er af", "naar beneden", "ervan af", "ervanaf", "asagi", "aşağı",
        "لتحت", "من فوق",
    ),
    "HIGH_BUILDING": (
        "flat", "hoogste", "toren", "parkeergarage", "hoogbouw", "tower", "building",
        "highest", "car park", "bina*", "en yuksek", "en yüksek", "عماره", "البنايه", "بنايه",
        "اعلى",
    ),
    "LIE_DOWN_ON": (
        "gaan liggen", "op het spoor liggen", "op de rails", "voor de trein", "lie down",
        "lay down", "in front of the train", "yatmak", "trenin onune", "trenin önüne",
        "قدام القطار", "انام عالسكه",
    ),
    "HIDDEN_STASH": (
        "bij elkaar gespaard", "bij elkaar", "potje", "zakje", "verstopt", "hidden", "hid",
        "a jar", "sakladim", "sakladım", "خبيت", "مخبايه",
    ),
    "HURTS_OLD": (
        "knijpt", "knijpen", "duwt", "duwen", "pakt geld", "steelt", "pinches", "pushes",
        "steals", "takes money", "itiyor", "cimdikliyor", "çimdikliyor", "parasini aliyor",
        "parasını alıyor", "بيقرص", "بيدفش", "بياخد مصاري", "بتسرق",
        "duwde", "geduwd", "scheldt", "uitschold", "scheldt uit", "shoves", "shoved", "pushed",
        "steelt geld", "takes her money", "itti", "bagiriyor", "bağırıyor",
    ),
    "HITS_PERSON": (
        "die haar slaat", "die hem slaat", "die mij slaat", "die me slaat", "die ons slaat",
        "dat hij mij slaat", "dat hij me slaat", "dat hij haar slaat", "dat ze mij slaat",
        "als hij mij slaat", "als hij me slaat", "slaat me", "slaat mij", "sloeg me",
        "sloeg mij", "slaat ons", "hits her", "hits me", "beats her", "beats me",
        "slaps me", "slapped me", "beni dovuyor", "beni dövüyor", "onu dovuyor",
        "onu dövüyor", "beni dovdu", "beni dövdü", "بيضربني", "بيضربها", "يضربني", "يضربها",
    ),
    "HEAR_BLOWS": (
        "hoor klappen", "hoor ik klappen", "hoor slaan", "hoor ik slaan", "hoor hem slaan",
        "hear hitting", "hear slapping", "hear him hit", "hear him beat", "hear blows",
        "vurma sesleri", "dayak sesleri", "صوت ضرب", "بسمع ضرب",
    ),
    "HARMLESS_BANGS": (
        "vuurwerk", "fireworks", "deur", "door", "deuren", "havai fisek", "havai fişek",
        "muziek", "music", "bal", "ball", "applaus", "handen", "hands", "مفرقعات",
    ),
    "MISSING": (
        "nergens vinden", "kan hem niet vinden", "kan haar niet vinden", "kwijt", "vermist",
        "weggelopen", "cant find", "cannot find", "is missing", "gone missing", "bulamiyorum",
        "kayip", "kayıp", "مش لاقي", "مش لاقيه", "ضايع", "ضاع",
    ),
    "LOST_THING": (
        "knuffel", "speelgoed", "jas", "schoen*", "telefoon", "pas", "sleutel*", "fiets",
        "tas", "brief", "toy", "coat", "shoe*", "phone", "keys", "card", "bike", "bag",
        "oyuncak*", "telefon*", "anahtar*", "موبايل", "المفتاح",
    ),
    "SEIZURE": (
        "aanval", "epileptische", "epilepsie", "stuip*", "schokken", "schokt", "seizure",
        "fitting", "convuls*", "nobet", "nöbet", "havale", "تشنج", "نوبه", "صرع",
    ),
    "ON_FLOOR": (
        "op de grond", "op de vloer", "on the floor", "on the ground", "yerde", "على الارض",
        "عالارض",
    ),
    "CANT_GET_UP": (
        "kan niet opstaan", "komt niet overeind", "roept om hulp", "niet meer op",
        "cant get up", "cannot get up", "calling for help", "kalkamiyor", "kalkamıyor",
        "yardim istiyor", "ما قادر يقوم", "ما عم يقدر يقوم", "عم يصرخ",
    ),
    "BREAKING_IN_NOW": (
        "binnen te komen", "in te breken", "de deur open te", "get in", "break in",
        "eve girmeye", "kapiyi acmaya", "kapıyı açmaya", "يفوت", "يكسر الباب",
    ),
    "SOMEONE_TRYING": (
        "iemand probeert", "er probeert iemand", "hij probeert", "probeert iemand",
        "someone is trying", "somebody is trying", "someones trying", "hes trying",
        "biri calisiyor", "biri çalışıyor", "birisi", "حدا عم يحاول", "في حدا عم يحاول",
    ),
    "CONFUSED": (
        "in de war", "dement", "dementie", "verward", "confused", "dementia", "kafasi karisik",
        "kafası karışık", "مخربط", "زهايمر",
    ),
    "OUT_IN_COLD": (
        "vrieskou", "in de kou", "zonder jas", "buiten in de nacht", "in the cold",
        "without a coat", "in the snow", "sogukta", "soğukta", "بالبرد", "بالتلج",
    ),
    "PERSON_IN_WATER": (
        "iemand in het water", "ligt iemand in", "someone in the water",
        "person in the water", "someone is drowning", "suda biri", "حدا بالمي", "حدا بالميه",
    ),
    # --- made ready: affairs settled, things given away, letters written; and 'I am ready'
    "PREPARED": (
        "alles geregeld", "alles al geregeld", "alles is geregeld", "alles is al geregeld",
        "alles op orde", "alles al op orde", "zaken geregeld", "zaakjes geregeld",
        "spullen weggegeven", "alles weggegeven", "weggegeven", "weg gegeven", "afscheidsbrief",
        "afscheid genomen", "kat gaat naar", "hond gaat naar", "poes gaat naar",
        "gaat naar mijn zus", "wie voor mijn hond", "wie voor mijn kat", "voor mijn hond zorgt",
        "voor mijn kat zorgt", "testament", "everything is sorted", "sorted everything",
        "given away", "gave away", "said goodbye", "my cat goes to", "my dog goes to",
        "look after my dog", "look after my cat", "her seyi hallettim", "her şeyi hallettim",
        "esyalarimi dagittim", "eşyalarımı dağıttım", "veda ettim", "رتبت كل شي", "رتبت اموري",
        "وزعت اغراضي", "ودعت", "كتبت وصيتي", "vasiyet*",
    ),
    "LETTER_WRITTEN": (
        "brief geschreven", "brieven geschreven", "briefje geschreven", "brief voor",
        "brieven voor", "written letters", "wrote letters", "wrote a letter", "written a letter",
        "letters to", "letter to my", "mektup yazdim", "mektup yazdım", "كتبت رساله", "كتبت رسايل",
        "video opgenomen", "recorded a video",
    ),
    "READY_TO_GO": (
        "ik ben er klaar voor", "ben er klaar voor", "ik ben klaar voor", "het is klaar",
        "morgen is het klaar", "morgen is het voorbij", "dan is het voorbij", "het is tijd",
        "het is zover", "het is zo ver", "im ready", "i am ready", "its time", "it will be over",
        "it is time", "hazirim", "hazırım", "vakit geldi", "zamani geldi", "zamanı geldi",
        "انا جاهز", "انا جاهزه", "جاهز", "جاهزه", "حان الوقت", "بكرا بيخلص كل شي", "is het zover",
        "is het zo ver", "is het klaar", "is het voorbij", "is het tijd",
    ),
    "PREPARED_HARMLESS": (
        "verhuizing", "verhuizen", "verhuis*", "vakantie", "reis", "bruiloft", "trouwen", "examen",
        "operatie", "bevalling", "sollicitatie", "gesprek", "afspraak", "feest", "verjaardag",
        "pensioen", "collega*", "kerst", "moving", "move", "holiday", "trip", "wedding", "exam",
        "surgery", "interview", "party", "birthday", "retirement", "colleagues", "tasinma",
        "taşınma", "tatil", "dugun", "düğün", "sinav", "sınav", "ameliyat", "رحله", "عرس",
        "امتحان", "عمليه", "الانتقال", "uitvaart", "begrafenis", "funeral", "cenaze", "الدفن",
        "verzekering",
    ),
    "DO_IT": (
        "het te doen", "het doen", "het ga doen", "het gaan doen", "het echt doen", "do it",
        "doing it", "go through with it", "yapacagim", "yapacağım", "yapicam", "yapmaya", "اعملها",
        "نعملها", "اسويها", "ndirha",
    ),
    "COURAGE_OR_CHANCE": (
        "de moed", "moed heb", "durf", "het lef", "the courage", "the guts", "the nerve",
        "cesaret*", "الجرأه", "الشجاعه", "is away", "are away", "away", "niet thuis is",
        "niet thuis zijn", "weg is", "alleen ben", "alleen thuis", "niemand thuis", "niemand is",
        "when im alone", "nobody is home", "no one is home", "nobodys home", "evde kimse yok*",
        "yalniz kalinca", "yalnız kalınca", "ما في حدا", "لما كون لحالي", "وحدي", "lhali",
    ),
    "PLANNING": (
        "van plan", "plan om", "planning", "planning to", "plan to", "going to", "ga", "gaan",
        "planliyorum", "niyetim", "ناوي", "ناويه", "رح",
    ),
    "WHEN_SOON": (
        "dit weekend", "vanavond", "vannacht", "morgen", "straks", "binnenkort", "volgende week",
        "this weekend", "tonight", "tomorrow", "soon", "next week", "bu hafta sonu", "bu gece",
        "yarin", "yarın", "yakinda", "yakında", "الليله", "بكرا", "بكره", "قريب", "الويكند",
    ),
    "GOODBYE_NOW": (
        "dit is een afscheid", "dit is mijn afscheid", "dit is vaarwel", "dit is het afscheid",
        "vaarwel allemaal", "vaarwel iedereen", "vaarwel", "this is goodbye", "goodbye forever",
        "goodbye everyone", "goodbye all", "farewell", "bu bir veda", "elveda",
        "hoscakalin herkes", "hoşçakalın herkes", "هاد وداع", "هذا وداع", "هاي وداع", "وداعا",
        "الوداع", "bslama 3likom",
    ),
    "GOODBYE_HARMLESS": (
        "collega*", "colleague*", "team", "baan", "job", "werk", "work", "pensioen", "retire*",
        "huis", "house", "flat", "buurt", "neighbourhood", "school", "vakantie", "holiday",
        "kerst", "isyeri", "is yeri", "emekli*", "الشغل", "البيت", "maatje", "meedenker", "groep",
        "group", "club", "vereniging", "app", "chat", "abonnement",
    ),
    "LOVE_MESSAGE": (
        "zeg tegen mijn kinderen", "zeg tegen mijn moeder", "ik hou van jullie",
        "dat ik van ze hou", "dat ik van haar hou", "dat ik van hem hou", "tell my kids",
        "tell my children", "tell my mum", "tell them i love", "i love you all",
        "cocuklarima iyi bakin", "çocuklarıma iyi bakın", "cocuklarima soyle", "çocuklarıma söyle",
        "hepinizi seviyorum", "قلهم اني بحبهم", "بحبكم", "ديرو بالكم على ولادي",
        "انتبهوا على ولادي",
    ),
    "LAST_WORDS": (
        "bedankt voor alles", "dank voor alles", "sorry voor alles", "vergeef me", "vergeef mij",
        "thanks for everything", "thanks for trying", "thank you for everything",
        "thank you for trying", "sorry for everything", "forgive me", "beni affedin",
        "hakkinizi helal edin", "hakkınızı helal edin", "helal edin", "her sey icin tesekkurler",
        "her şey için teşekkürler", "سامحوني", "سامحيني", "سامحني", "شكرا على كل شي", "بحبكم كلكم",
        "smhouli", "sam7ouni",
    ),
    "ENGINE_RUNNING": (
        "motor aan", "motor draait", "motor laten draaien", "motor loopt", "engine running",
        "engine on", "engine is running", "car running", "motor calisiyor", "motor çalışıyor",
        "motoru acik", "motoru açık", "المحرك شغال", "الموتور شغال", "السياره شغاله",
        "slang aan de uitlaat", "slang in de uitlaat", "hose on the exhaust",
        "hose from the exhaust", "egzoz*", "الشكمان", "uitlaat",
    ),
    "CLOSED_SPACE": (
        "garage", "dichte garage", "gesloten garage", "schuur", "box", "closed garage",
        "the garage", "shed", "garaj*", "الكراج", "كراج", "الجراج",
    ),
    "MECHANIC": (
        "monteur", "apk", "reparatie", "garagist", "mechanic", "repair*", "service", "tamir*",
        "servis", "ميكانيكي", "تصليح", "opwarmen", "warm up", "winter", "ijs", "krabben",
    ),
    "HANGING_PERSON": (
        "hangend", "hangen", "hing", "opgehangen", "zich opgehangen", "hanging", "hanged",
        "hung himself", "hung herself", "asili", "asılı", "kendini asmis", "kendini asmış",
        "مشنوق", "مشنوقه", "معلق", "معلقه", "شنق",
    ),
    "FOUND": (
        "vond", "gevonden", "aangetroffen", "zag", "found", "find", "saw", "buldum", "bulduk",
        "gordum", "gördüm", "لقيت", "لقيته", "لقيتها", "شفته", "شفتها",
    ),
    "HANGING_THING": (
        "was", "wasgoed", "jas", "jassen", "kleren", "kleding", "schilderij", "lamp", "vlag",
        "slinger*", "kerst*", "fiets", "gereedschap", "laundry", "coat", "painting", "picture",
        "flag", "decoration*", "tools", "camasir", "çamaşır", "ceket", "tablo", "الغسيل", "صوره",
        "kat", "poes", "vleermuis", "bat", "spin", "spider", "hammock", "hangmat", "telefoon",
        "aan de lijn", "on the phone", "rond", "around", "hangen rond", "hanging out",
    ),
    "WRIST": (
        "pols", "polsen", "wrist", "wrists", "bilek*", "معصم*", "شرايين*", "عروقي", "شرياني",
    ),
    "CUT_OPEN": (
        "doorgesneden", "opengesneden", "gesneden", "snijden", "snijdt", "sneed", "snij",
        "opengehaald", "open gehaald", "slit", "slashed", "cut", "cutting", "kesti", "kestim",
        "kesmis", "kesmiş", "kesiyor", "kesmek", "جرح*", "قطع*", "شق*", "kras", "krast", "kraste",
        "bekras", "bekrast", "gekrast", "scratch*", "krab", "krabt", "krabben", "gekrabd",
        "scratched",
    ),
    "BLADE": (
        "mesje", "scheermes*", "stanleymes", "razor", "blade", "blades", "jilet", "bicak", "bıçak",
        "موس", "الموس", "بالموس", "شفره", "بالشفره", "mos", "lmous",
    ),
    "MY_BODY": (
        "mijn armen", "mijn arm", "mijn benen", "mijn been", "mijn buik", "mijn huid",
        "mijn dijen", "mijn polsen", "mezelf", "my arms", "my arm", "my legs", "my thighs",
        "my skin", "myself", "kollarimi", "kollarımı", "kolumu", "bacaklarimi", "bacaklarımı",
        "kendimi", "ايدي", "رجلي", "جسمي", "فخادي", "حالي", "نفسي", "dra3i", "yeddi",
        "mijn bovenbenen", "mijn onderarmen", "mijn onderarm", "mijn enkels", "mijn heupen",
        "in mijn armen", "in mijn benen", "my wrists", "my hips", "bacagimi", "bacağımı",
        "bileklerimi", "زنودي", "ذراعي",
    ),
    "HIDING": (
        "zodat niemand het ziet", "niemand het ziet", "niemand ziet het", "lange mouwen",
        "long sleeves", "hide it", "hide the", "so nobody sees", "so no one sees",
        "kimse gormesin", "kimse görmesin", "kimse gormuyor", "kimse görmüyor", "ما حدا يشوف",
        "محدش يشوف", "بخبيها", "stiekem", "secretly", "gizlice",
    ),
    "SELF_HARM_SIGN": (
        "tot bloedens toe", "tot bloedens", "tot het bloedt", "tot het bloed", "until it bleeds",
        "till it bleeds", "kanayana kadar", "لحد ما ينزل دم", "het helpt", "helpt even",
        "dan voel ik", "voel ik me beter", "it helps", "makes me feel", "feel something",
        "rahatliyorum", "iyi geliyor", "بريحني", "بيريحني", "برتاح",
    ),
    "SHAVE_OR_KITCHEN": (
        "scheren", "baard", "benen scheren", "shave", "shaving", "beard", "tiras", "tıraş",
        "حلاقه", "ذقن", "keuken", "groente", "ui", "uien", "brood", "vlees", "koken", "papier",
        "per ongeluk", "ongeluk", "kitchen", "vegetables", "onion*", "bread", "cooking", "paper",
        "accident*", "by accident", "sogan", "soğan", "yemek", "kaza", "بصل", "البصل", "المطبخ",
        "بالغلط", "pleister", "plaster", "hechten", "stitches", "tuin", "garden", "doos", "box",
        "afwas", "dishes", "bulasik", "bulaşık", "glas", "glass", "scherf",
    ),
    "MY_CHILD": (
        "kind", "kindje", "dochter", "dochtertje", "zoon", "zoontje", "kleine", "baby", "peuter",
        "kleuter", "jongen", "meisje", "jarige", "jaar oud", "year old", "years old", "child",
        "son", "daughter", "kid", "toddler", "boy", "girl", "cocugum", "çocuğum", "kizim", "kızım",
        "oglum", "oğlum", "yasindaki", "yaşındaki", "ابني", "بنتي", "ولدي", "طفلي", "الولد",
        "البنت", "weldi", "benti",
    ),
    "GONE_NOW": (
        "nergens vinden", "is weg", "sinds vanmiddag", "sinds vanochtend", "sinds vannacht",
        "sinds gisteren", "niet thuisgekomen", "niet thuis gekomen", "niet teruggekomen",
        "komt niet thuis", "nog niet thuis", "vermist", "missing", "is gone", "cant find",
        "cannot find", "didnt come home", "hasnt come home", "not come home", "not back",
        "kayboldu", "kayip", "kayıp", "bulamiyorum", "bulamıyorum", "eve gelmedi", "eve donmedi",
        "eve dönmedi", "ضاع", "ضايع", "ضايعه", "مش لاقي", "مش لاقيه", "ما رجع", "ما رجعت", "مختفي",
        "مختفيه", "is kwijt", "zijn kwijt", "dochter kwijt", "zoon kwijt", "kind kwijt",
        "kinderen kwijt", "kleine kwijt", "kwijtgeraakt", "lost my son", "lost my daughter",
        "cant find my", "nergens meer", "nergens te", "zie haar nergens", "zie hem nergens",
        "nowhere to be", "cant see her anywhere", "cant see him anywhere", "hicbir yerde",
        "hiçbir yerde", "مش لاقيها", "ما لقيتها", "ما لقيته",
    ),
    "WORRY_SIGN": (
        "neemt niet op", "telefoon niet op", "niet bereikbaar", "donker", "net nog", "was net",
        "een minuut", "een uur", "al uren", "doesnt answer", "not answering", "dark",
        "a minute ago", "just now", "for hours", "acmiyor", "açmıyor", "karanlik", "karanlık",
        "saattir", "ما عم يرد", "ما عم ترد", "عتمت", "من ساعات", "كان هون", "politie", "police",
        "polis", "الشرطه", "overal gezocht", "looked everywhere", "speeltuin", "park",
        "playground", "winkel", "shop", "strand", "beach", "كانت هون", "من شوي", "قبل شوي",
        "من دقيقه", "az once", "az önce", "demin", "biraz once", "biraz önce",
    ),
    "CHILD_GONE_HARMLESS": (
        "kamers", "op kamers", "uit huis", "het huis uit", "studeren", "logeren", "vakantie",
        "kamp", "oppas", "moved out", "university", "college", "sleepover", "camp", "holiday",
        "heimwee", "mis haar", "mis hem", "miss her", "miss him", "ozluyorum", "özlüyorum",
        "vorig jaar", "vorige week", "jaar geleden", "years ago", "last week",
    ),
    "SMELL": (
        "ruikt", "ruik", "stinkt", "lucht", "smell*", "kokuyor", "koku*", "ريحه", "ريحة", "بشم",
        "شامه", "شام",
    ),
    "GAS_WORD": (
        "gas", "gaz", "غاز", "الغاز",
    ),
    "GAS_HARMLESS": (
        "station", "tankstation", "benzine", "gasrekening", "rekening", "fatura", "bill", "scheet",
        "scheten", "wind", "farts", "fart", "osuruk", "koken", "barbecue", "bbq", "als je",
        "if you", "wat moet je", "what should you", "fornuis", "kookplaat", "nieuw", "stove",
        "cooker",
    ),
    "CONTROL_OBJECT": (
        "telefoon", "mobiel", "pinpas", "bankpas", "pasje", "geld", "loon", "salaris", "uitkering",
        "paspoort", "id kaart", "sleutels", "phone", "bank card", "card", "money", "wages",
        "salary", "benefits", "passport", "keys", "telefonumu", "telefonum", "kartimi", "kartımı",
        "banka kartimi", "paramı", "parami", "maasimi", "maaşımı", "pasaportumu", "تلفوني",
        "موبايلي", "كرتي", "بطاقتي", "فلوسي", "مصرياتي", "راتبي", "جوازي", "lflous", "tilifoni",
    ),
    "TAKES_CHECKS": (
        "afgepakt", "afpakken", "pakt af", "neemt af", "afgenomen", "ingenomen", "kijkt na",
        "controleert", "checkt", "leest mee", "houdt af", "beheert", "took", "takes", "taken",
        "checks", "controls", "reads my", "go through", "goes through", "aldi", "aldı", "aliyor",
        "alıyor", "elimden", "kontrol*", "karistiriyor", "karıştırıyor", "اخد", "اخذ", "بياخد",
        "ياخد", "اخدو", "بيفتش", "فتش", "بيتحكم", "كياخد", "khda", "kaykhod", "leest al mijn",
        "leest mijn", "reads all my", "pakt mijn", "neemt mijn", "takes my",
    ),
    "HELPS_HARMLESS": (
        "helpt", "helpen", "help", "helps", "updates", "instellen", "repareren", "voor me",
        "voor mij", "kwijt", "verloren", "gestolen", "zakkenroller", "lost", "stolen", "fixes",
        "yardim", "yardım", "يساعدني", "ضاع", "انسرق", "automaat", "pinautomaat", "atm", "bank",
        "gemeente", "uwv", "belastingdienst", "deurwaarder", "bewindvoerder", "budgetbeheer",
        "beschermingsbewind", "school", "juf", "leraar", "teacher", "ogretmen", "öğretmen",
        "boodschappen", "shopping", "alisveris", "alışveriş", "winkel", "shop", "اغراض", "مشتريات",
        "for updates",
    ),
    "NOT_ALLOWED": (
        "mag niet", "mag ik niet", "mag geen", "mag nooit", "mag niemand", "niet mogen",
        "not allowed", "wont let me", "doesnt let me", "dont let me", "izin vermiyor*", "izin yok",
        "birakmiyor", "bırakmıyor", "ما بيخليني", "ما بتخليني", "ما بيخلوني", "ممنوع",
        "ما بيسمحلي", "ما كيخلينيش", "ماكيخلينيش", "ما خلانيش", "ما يخليني", "makaykhallinich",
        "ma kaykhallinich",
    ),
    "OUT_SOCIAL": (
        "de deur uit", "naar buiten", "buiten", "naar taalles", "taalles", "naar mijn familie",
        "mijn familie zien", "vrienden", "vriendinnen", "werken", "bellen", "niemand bellen",
        "niemand spreken", "alleen weg", "zonder hem", "zonder haar", "go out", "leave the house",
        "see my friends", "see my family", "call anyone", "talk to anyone", "without him",
        "disari", "dışarı", "cikmama", "çıkmama", "cikmak", "çıkmak", "arkadaslarimla", "ailemle",
        "نطلع", "اطلع", "نخرج", "اخرج", "اشوف اهلي", "احكي مع حدا", "برا", "nkhrej",
        "alleen boodschappen", "boodschappen doen", "alleen naar", "naar de winkel",
        "to the shops", "go shopping", "alisverise", "alışverişe", "السوق",
    ),
    "RULES_HARMLESS": (
        "dokter", "arts", "huisarts", "ziek", "koorts", "quarantaine", "corona", "gips",
        "operatie", "huisarrest", "straf", "gestraft", "werkgever", "baas", "school", "doctor",
        "sick", "grounded", "boss", "doktor", "hasta", "ceza", "الدكتور", "مريض", "عقوبه", "hond",
        "dog", "kat", "cat", "verhuurder", "landlord", "regels", "rules", "kurallar", "ramadan",
        "vasten", "diet", "oruc", "oruç", "رمضان", "صايم", "rijbewijs", "licence", "ehliyet",
        "ouders", "parents", "curfew", "avondklok", "16", "15", "14", "13", "12",
    ),
    "TIED": (
        "vastgebonden", "vastbinden", "bindt vast", "bond vast", "vastgeketend", "vastgemaakt",
        "tied up", "tied to", "ties her", "ties him", "ties me", "tied her", "tied him", "tied me",
        "chained", "bagliyor", "bağlıyor", "bagladi", "bağladı", "baglanmis", "bağlanmış",
        "بيربطها", "بيربطه", "ربطها", "ربطه", "ربطني", "مربوط", "مربوطه", "zip ties", "bindt",
        "binden", "ties my", "tied my", "ties up", "ties grandma", "ties grandad",
    ),
    "RESTRAINT_PLACE": (
        "stoel", "bed", "verwarming", "radiator", "rolstoel", "chair", "wheelchair", "bed frame",
        "sandalye*", "yatag*", "yatağ*", "kalorifer*", "كرسي", "الكرسي", "التخت", "السرير", "me",
        "moeder", "vader", "oma", "opa", "mother", "father", "grandma", "grandpa", "annemi",
        "babami", "babamı",
    ),
    "TIED_HARMLESS": (
        "hond", "dog", "fiets", "bike", "boot", "boat", "schoen*", "veter*", "shoe*", "lace*",
        "gordel", "seatbelt", "riem", "pony", "paard", "horse", "tent", "ballon*", "kopek",
        "köpek", "كلب",
    ),
    "THIRD_OBJ": (
        "haar", "hem", "her", "him", "onu", "annemi", "babami", "babamı", "ninemi", "dedemi", "ها",
        "مه", "امي", "ابوي", "ستي", "جدي", "mijn moeder", "mijn vader", "mijn oma", "mijn opa",
        "my mum", "my mom", "my mother", "my dad", "my father", "grandma", "grandad", "grandpa",
        "my nan", "haar moeder", "zijn moeder", "zijn vader", "annesini", "babasini", "babasını",
        "امه", "ابوه", "جدتي",
    ),
    "PETS": (
        "hond", "honden", "kat", "katten", "poes", "konijn", "cavia", "kip*", "dog", "dogs", "cat",
        "cats", "rabbit", "kopek*", "köpek*", "kedi*", "كلب", "الكلب", "قطه", "القطه", "fiets",
        "bike", "fiets*", "vogel", "bird",
    ),
    "ELDER": (
        "oma", "opa", "grootmoeder", "grootvader", "bejaarde", "demente", "dementerende", "van 80",
        "van 85", "van 90", "grandma", "grandpa", "grandmother", "grandfather", "nan", "nana",
        "gran", "elderly", "babaanne*", "anneanne*", "nine*", "dede*", "yasli", "yaşlı", "تيتا",
        "جدتي", "جدي", "ستي", "كبيره بالعمر", "كبير بالعمر", "kbira", "kbir", "f sen", "mmi",
        "moeder", "vader", "mother", "father", "mum", "mom", "dad", "annem*", "babam*", "امي",
        "ابوي", "ماما",
    ),
    "ELDER_HARM": (
        "pakt geld", "steelt", "geld afgepakt", "neemt zijn pensioen", "neemt haar pensioen",
        "aow", "duwt", "duwde", "geduwd", "scheldt uit", "uitschold", "uitgescholden", "sluit op",
        "sluit haar op", "sluit hem op", "opgesloten", "laat liggen", "geen eten", "takes money",
        "takes her pension", "takes his pension", "steals", "shoves", "shoved", "pushes", "pushed",
        "yells at", "locks her", "locks him", "no food", "parasini", "parasını", "emekli maasini",
        "emekli maaşını", "itiyor", "itti", "kilitliyor", "بياخد مصاريها", "بياخد معاشها",
        "معاشها", "بيدفشها", "بيقفل عليها", "بيسرق", "يسرق",
    ),
    "HITS_THIRD": (
        "onu dovuyorum", "onu dövüyorum", "ona vuruyor", "ona vuruyorum", "annemi dovuyor",
        "annemi dövüyor", "بيضربه", "يضربه", "بضربه", "بضربها", "ضربها", "ضربه",
    ),
    "HIT_ARABIZI": (
        "kaydrab", "kaydreb", "kayadrab", "kaydrabni", "kaydarbni", "kayderbni", "kaydrbni",
        "kaydrabha", "kaydrbha", "drabni", "drabha", "drebni", "darabni", "byedrabni",
        "biyedrabni", "beyedrabni", "bidrabni", "bydrabni", "yedrabni", "yedrebni", "bye2tilni",
        "kaydrab mmi", "كيضربني", "كيضرب", "كيضربها", "كيضربنا",
    ),
    "HIT_NOT_HURT_AR": (
        "lkora", "kora", "ballon", "lballon", "الكوره", "الكورة", "الطابه", "haha", "hhh", "هههه",
    ),
    "BELLY_FACE": (
        "tegen mijn buik", "in mijn buik", "op mijn buik", "mijn buik", "in mijn gezicht",
        "mijn gezicht", "op mijn hoofd", "tegen mijn hoofd", "my stomach", "my belly", "my face",
        "my head", "in the stomach", "karnima", "karnıma", "yuzume", "yüzüme", "kafama",
        "على بطني", "بطني", "وجهي", "راسي", "karni", "karnı",
    ),
    "BABY_KICKS": (
        "baby schopt", "baby trapt", "kindje schopt", "kindje trapt", "baby kicks",
        "baby is kicking", "bebek tekmeliyor", "عم يرفس", "baby schopte", "baby kicking",
        "bebegim tekmeliyor", "bebeğim tekmeliyor", "البيبي عم يرفس",
    ),
    "SEX": (
        "seks", "sex", "gemeenschap", "vrijen", "naar bed", "intiem", "iliskiye", "ilişkiye",
        "cinsel*", "birlikte olmaya", "العلاقه", "علاقه", "الجماع", "ينام معي", "انام معه",
    ),
    "SAY_NO": (
        "als ik nee zeg", "ook als ik nee zeg", "nee zeg", "even when i say no", "when i say no",
        "i say no", "hayir desem", "hayır desem", "hayir dedim", "hayır dedim", "istemesem de",
        "حتى لو قلت لا", "بقول لا", "لما قول لا", "غصب عني", "zorla", "dwingt", "forces", "forced",
    ),
    "NOT_SAFE": (
        "niet veilig", "onveilig", "not safe", "unsafe", "guvende degil*", "güvende değil*",
        "guvenli degil", "güvenli değil", "مش امنه", "مش امن", "مو امنه", "مو امن", "مش بامان",
        "ما في امان", "مش امان", "ما حاسه بالامان", "ما حاسس بالامان", "machi f aman",
    ),
    "AT_HOME": (
        "thuis", "at home", "home", "evde", "في البيت", "بالبيت", "بيتنا", "الدار", "fdar",
        "f dar", "bij ons", "bij mij thuis",
    ),
    "HOUSE_DEFECT": (
        "schimmel", "trap", "bedrading", "elektra", "elektriciteit", "lek", "gas", "dak", "balkon",
        "verzakt", "scheur*", "mold", "mould", "wiring", "stairs", "leak", "roof", "rutubet*",
        "elektrik", "الرطوبه", "الكهربا", "العفن", "verkeer", "traffic", "straat", "street",
        "buurt", "neighbourhood", "wijk", "area", "speeltuin", "playground", "internet", "wifi",
        "computer", "laptop", "wachtwoord", "password",
    ),
    "SOMEONE": (
        "iemand", "een man", "een vrouw", "een vent", "een gast", "hij staat", "someone",
        "somebody", "a man", "a guy", "biri", "birisi", "bir adam", "adam", "في واحد", "في حدا",
        "واحد", "رجال", "شب",
    ),
    "WEAPON": (
        "pistool", "vuurwapen", "wapen", "geweer", "revolver", "mes", "messen", "bijl", "hakmes",
        "machete", "gun", "knife", "pistol", "weapon", "rifle", "axe", "silah", "silahli",
        "silahlı", "bicak", "bıçak", "bicakla", "bıçakla", "مسدس", "سلاح", "سكين", "سكينه",
        "بسكين", "فرد", "موس", "bicakli", "bıçaklı", "tabanca*", "tabancali", "tabancalı",
    ),
    "HERE_NOW": (
        "in ons huis", "in huis", "in mijn huis", "in de hal", "in de gang", "in de woonkamer",
        "in de keuken", "in de tuin", "voor de deur", "voor mijn deur", "aan de deur",
        "in het portiek", "in onze flat", "in de flat", "in the house", "in our house",
        "in my house", "at the door", "in the hallway", "in the living room", "outside my door",
        "evde", "evimizde", "kapida", "kapıda", "kapinin onunde", "bahcede", "بالبيت", "في البيت",
        "عالباب", "عند الباب", "قدام الباب", "بالدار", "nu", "right now", "now", "simdi", "şimdi",
        "su an", "şu an", "هلق", "هلا", "الحين", "دلوقتي",
    ),
    "KILL_THREAT": (
        "vermoorden", "vermoordt", "steken", "neersteken", "doodsteken", "afmaken", "neerschieten",
        "doodschieten", "kill", "kills", "stab", "shoot", "oldurecem", "öldürecem", "oldurecegim",
        "öldüreceğim", "oldururum", "öldürürüm", "bicaklayacak", "bıçaklayacak", "يذبحنا",
        "يذبحني", "يقتلنا", "يقتلني", "رح يقتل", "يطعن", "يطعني", "ndb7ek", "n9tlek",
    ),
    "WEAPON_HARMLESS": (
        "koken", "snijden", "snijdt", "groente", "vlees", "brood", "taart", "kook*", "keukenmes",
        "slijpen", "kopen", "cutting", "bread", "cake", "sharpen*", "buy", "yemek", "ekmek",
        "pasta", "طبخ", "يطبخ", "الخبز", "الكيكه", "film", "game", "speelgoed", "toy",
        "waterpistool", "nerf", "politie", "agent", "police", "officer", "polis", "الشرطه",
        "jager", "hunter", "avci", "avcı", "verzamel*", "collection", "cooking", "cooks",
    ),
    "LAUGH": (
        "haha", "hihi", "hehe", "lol", "grapje", "joke", "kidding", "ههه", "hhh", "xd", "sakaydi",
        "şakaydı", "عم امزح",
    ),
    # --- not danger: talk about the subject; messages; the past; a joke
    "TOPIC": (
        "werkstuk", "spreekbeurt", "project", "preventie", "voorlichting*", "cursus", "training",
        "onderzoek", "studie", "studeer", "film", "serie", "boek", "verslag", "artikel",
        "presentatie", "signalen", "workshop", "prevention", "research", "course", "documentary",
        "talk about", "essay", "assignment", "onleme", "önleme", "proje*", "arastirma",
        "araştırma", "odev", "ödev", "الوقايه", "مشروع", "بحث", "onderzoeken", "organiseer",
        "organising", "organizing", "nieuws", "news", "haber", "voor school", "op school over",
        "for school", "school project", "schoolproject", "at school about", "للمدرسه", "okul icin",
        "okul için",
    ),
    "PAST": (
        "vorig jaar", "vorige", "geleden", "vroeger", "last year", "ago", "years", "gecen yil",
        "geçen yıl", "yil once", "yıl önce", "العام الماضي", "السنه الماضيه", "زمان",
        "uitkering", "benefits",
    ),
    "IT_IS_FINE": (
        "gaat goed", "het gaat goed", "maar het gaat", "is fine", "is okay", "is ok", "iyi",
        "منيح", "بخير",
    ),
    "JOKE": (
        "haha", "hihi", "hehe", "lol", "grap", "joke", "rapport", "hair", "haar", "dye",
        "verf", "baas", "boss", "chef", "te laat", "late", "patron*", "mudur*", "müdür*",
        "مديري", "ههه", "speelgoed", "toys", "oyuncak*",
    ),
    "TRIP": (
        "vakantie", "holiday", "vacation", "tatil*", "weekend", "camping", "logeren", "uitje",
        "عطله", "اجازه",
    ),
    "MONEY": (
        "huur", "rent", "kira", "rekening*", "voorschot", "schulden", "bills", "belasting",
        "energieleverancier", "energie", "fatura*", "الايجار", "الفواتير", "brieven",
        "aanvraag", "post", "formulier*", "البرد", "الشمس", "الحر", "afwezen", "afgewezen",
        "leverancier", "borc*", "borç*", "هالفواتير",
    ),
    "FIGURATIVE_HARM": (
        "wurgt me", "vermoordt me", "maakt me kapot", "klap in mijn gezicht",
        "klap in het gezicht", "killing me", "kills me", "slap in the face", "oldurecek",
        "öldürecek", "bitirdi", "bitiriyor", "قاتلتني", "رح تقتلني", "ضربني", "ضربتني",
    ),
    "END": (),  # no words: the engine marks the end of each sentence
    # Real words one slip from a class word, so that they are not read as it
    # ("bedriegt" is not "bedreigt", "slikt" is not "slikte"); used by no rule.
    "REAL_WORDS": (
        "bedriegt", "bedrieg", "bedrogen", "slikt", "betaalt", "betalen", "typing", "tries",
        "blinden", "tried",
    ),
}

# Games and sports: "geslagen met tennis", "beat me at chess" is a defeat, not a blow
# (flows/safety.py reads them after "met", "bij", "at", "in").
GAMES = (
    "tennis", "tafeltennis", "pingpong", "badminton", "padel", "squash", "schaken", "schaak",
    "dammen", "voetbal", "basketbal", "volleybal", "hockey", "biljart", "darts", "bowlen",
    "monopoly", "scrabble", "kaarten", "klaverjassen", "rummikub", "fifa", "fortnite", "mario",
    "het spel", "de wedstrijd", "de finale", "chess", "cards", "football", "soccer", "pool",
    "a game", "the game", "the match", "golf", "bridge",
)

# Words that, in a sentence about the subject (a school project, a course, the news), name the
# subject rather than say something about the writer.
TOPIC_WORDS = (
    "zelfmoord*", "suicid*", "suicide*", "zelfdoding*", "huiselijk geweld",
    "domestic violence", "intihar*", "الانتحار*", "انتحار*", "العنف الاسري", "geweld",
    "violence", "siddet", "şiddet", "misbruik", "abuse", "kindermishandeling", "child abuse",
)
# fmt: on


@dataclass(frozen=True)
class Near:
    """Danger when a word of every class stands within `window` words of a word of the first
    class, in one sentence (or, if `across`, in the whole message) without a word of an
    `unless` class."""

    danger: str
    classes: tuple[str, ...]
    window: int = 8
    unless: tuple[str, ...] = ()
    across: bool = False  # the whole message, not one sentence: the parts may be apart


# fmt: off
NEAR: tuple[Near, ...] = (
    Near("suicide", ("MEANS", "READY"), 6, ("DAILY_USE",)),
    Near("suicide", ("HOW_MANY", "MEANS", "LETHAL"), 10, ("DAILY_USE",)),
    Near("suicide", ("MANY", "MEANS", "TONIGHT"), 10, ("DAILY_USE",)),
    Near("suicide", ("HIGH_PLACE", "JUMP_STAND"), 8, ("HEIGHT_HARMLESS", "TOPIC", "JOKE")),
    Near("suicide", ("HOW_HIGH", "HIGH_PLACE"), 6, ("HEIGHT_HARMLESS", "TOPIC")),
    Near("suicide", ("WALK_INTO", "SEA"), 4, ("HEIGHT_HARMLESS", "JOKE")),
    Near("suicide", ("WITHOUT_ME",), 1, ("TOPIC",)),
    Near("suicide", ("WITHOUT_ME_SHORT", "BETTER_FOR_OTHERS"), 10,
         ("TOPIC", "WORK", "JOKE", "END_OF_LIFE_CARE")),
    Near("suicide", ("BURDEN", "EVERYONE"), 4, ("TOPIC", "MONEY")),
    Near("suicide", ("NOBODY", "MISS_ME"), 6, ("EVERYDAY_CHANGE",)),
    Near("suicide", ("NOBODY", "GONE"), 8, ()),
    Near("suicide", ("FAREWELL",), 1, ("TOPIC",)),
    Near("suicide", ("FAREWELL_WEAK", "SECRECY"), 12, ("TOPIC", "WORK")),
    Near("suicide", ("FOUND_ME",), 1, ("TOPIC", "JOKE")),
    Near("suicide", ("GIVE_AWAY", "NOT_NEEDED_ANYMORE"), 14, ()),
    Near("suicide", ("FINAL_AFFAIRS", "GIVE_AWAY"), 14, ("TOPIC",)),
    Near("suicide", ("NEVER_WAKE", "WISH_PRAY"), 10, ("NOISE",)),
    Near("suicide", ("FOREVER", "SLEEP"), 6, ("SLEEP_PROBLEM", "NOISE", "JOKE")),
    Near("suicide", ("SLEEP", "NEVER_AGAIN", "WISH_PRAY"), 8, ("SLEEP_PROBLEM", "NOISE", "JOKE")),
    Near("suicide", ("MY_LAST",), 1, ("WORK", "TOPIC", "JOKE")),
    Near("suicide", ("ALL_STOP",), 1, ("TOPIC", "RELATION_OR_MATTER")),
    Near("suicide", ("HOW_DO_IT",), 1, ("TOPIC", "MONEY")),
    Near("suicide", ("PLAN", "WHEN_HOW"), 6, ("TOPIC", "MONEY", "WORK")),
    Near("suicide", ("CRASH_ON_PURPOSE",), 1, ("TOPIC",)),
    Near("suicide", ("MEANS", "THINK_ABOUT_IT"), 12, ("DAILY_USE", "TOPIC")),
    Near("suicide", ("NIGHT_DECIDED", "TONIGHT"), 10, ()),
    Near("suicide", ("NO_REASON_TO_LIVE",), 1, ("TOPIC",)),
    Near("suicide", ("NO_FUTURE", "FOR_ME"), 3, ("TOPIC", "WORK")),
    Near("suicide", ("DONE_WITH", "MYSELF"), 8, ("TOPIC", "WORK", "MONEY", "END_OF_LIFE_CARE")),
    Near("suicide", ("DONE_WITH", "ALL_OF_IT"), 8,
         ("TOPIC", "WORK", "MONEY", "END_OF_LIFE_CARE", "JUST_TODAY", "INSTITUTION")),
    Near("suicide", ("NOT_NEEDED", "CAN_GO"), 12, ("TOPIC",)),
    Near("suicide", ("UNWORTHY",), 1, ("TOPIC",)),
    Near("suicide", ("LIFE", "ESCAPE"), 4, ("TOPIC", "MONEY", "WORK", "JOKE")),
    Near("suicide", ("POINTLESS", "GO_ON"), 8, ("TOPIC", "MONEY", "WORK", "JOKE")),
    Near("suicide", ("GOD_TAKE_ME",), 1, ()),
    Near("suicide", ("REJOIN", "THE_DEAD"), 12, ()),
    Near("suicide", ("WANT_DIE_DIALECT",), 1, ("TOPIC", "JOKE")),
    Near("suicide", ("NOT_WANT_LIVE_DIALECT",), 1, ("TOPIC",)),
    Near("suicide", ("NOT_THERE_SOON", "TIRED_OF_ALL"), 30, ()),
    Near("suicide", ("SELF_HARM_URGE",), 1, ("TOPIC",)),
    Near("suicide", ("GAS_SLEEP",), 1, ()),
    Near("suicide", ("MEANS", "NEVER_WAKE"), 10, ()),
    Near("suicide", ("LAST_MESSAGE",), 1, ("WORK", "TOPIC", "JOKE", "INSTITUTION")),
    Near("suicide", ("AFFAIRS_SETTLED", "NO_MORE_WORRY"), 16, ("TOPIC", "MONEY")),
    Near("suicide", ("LETTER", "WITHOUT_ME_SHORT"), 12, ("TOPIC", "MONEY", "END_OF_LIFE_CARE")),
    Near("suicide", ("ATTEMPT", "AGAIN_NOW"), 14, ("TOPIC", "ATTEMPT_AT_SOMETHING")),
    Near("suicide", ("BLEED_OUT",), 1, ("TOPIC",)),
    Near("suicide", ("HIGH_BUILDING", "OFF_THE_TOP"), 10, ("HEIGHT_HARMLESS", "TOPIC", "MONEY")),
    Near("suicide", ("HIGH_PLACE", "OFF_THE_TOP"), 10, ("HEIGHT_HARMLESS", "TOPIC", "MONEY")),
    Near("suicide", ("HIGH_PLACE", "LIE_DOWN_ON"), 12, ("HEIGHT_HARMLESS", "TOPIC")),
    Near("suicide", ("MEANS", "HIDDEN_STASH"), 8, ("DAILY_USE", "TOPIC")),
    Near("violence", ("CONTROL", "NOT_ALLOWED_OUT"), 20, ()),
    Near("violence", ("NOT_ALLOWED_OUT", "PARTNER"), 10, ("TOPIC", "RULES_HARMLESS")),
    Near("violence", ("LOCK", "SELF_OBJ", "CONFINED"), 8, ("TOPIC", "JOKE", "FEEL")),
    Near("violence", ("CONTROL", "PARTNER"), 10, ("TOPIC", "JOKE", "HELPS_HARMLESS")),
    Near("violence", ("STALK",), 1, ("TOPIC",)),
    Near("violence", ("EX", "AT_MY_DOOR"), 10, ("TOPIC",)),
    Near("violence", ("PROTECTION_ORDER", "AGAIN"), 20, ("TOPIC",)),
    Near("violence", ("PROTECTION_ORDER", "AT_MY_DOOR"), 20, ("TOPIC",)),
    Near("violence", ("THREATEN", "HARM_TO_ME"), 14, ("TOPIC", "TRIP")),
    Near("violence", ("HARM_TO_ME", "IF_I"), 12, ("TOPIC", "JOKE", "TRIP")),
    Near("violence", ("PARTNER", "HARM_TO_ME"), 4, ("TOPIC", "JOKE", "NEVER", "TRIP")),
    Near("violence", ("FORCED", "MARRY"), 8, ("TOPIC",)),
    Near("violence", ("BRUISES",), 1, ("FELL", "TOPIC", "PAST")),
    Near("violence", ("BURNS", "CHILD"), 8, ("BURN_HARMLESS", "PAST", "TOPIC")),
    Near("violence", ("HIT", "CHILD"), 3,
         ("CHILD_FIGHT", "TOPIC", "JOKE", "NEVER", "HIT_NOT_HURT", "BABY_KICKS")),
    Near("violence", ("ROUGH", "CARER"), 12, ("TOPIC",)),
    Near("violence", ("CHILD", "ALONE", "DAYS_NO_FOOD"), 14, ("NEVER", "TOPIC")),
    Near("violence", ("AT_NIGHT", "MY_ROOM", "COMES_IN"), 8, ()),
    Near("violence", ("SECRET_ABUSE",), 1, ("TOPIC",)),
    Near("violence", ("TOUCH", "TOUCH_CONTEXT"), 8, ("TOPIC",)),
    Near("violence", ("AFRAID", "HOME"), 4, ("TOPIC", "MONEY", "JOKE")),
    Near("violence", ("HIT_PASSIVE", "HOME"), 8, ("TOPIC", "JOKE")),
    Near("violence", ("HIT_PASSIVE", "PARTNER"), 8,
         ("PAST", "TOPIC", "JOKE", "NEVER", "FELL", "HIT_NOT_HURT")),
    Near("violence", ("COVER_STORY",), 1, ("TOPIC",)),
    Near("violence", ("PARTNER", "HIT", "END"), 2, ("TOPIC",)),
    Near("violence", ("AGGRESSIVE", "CONTROL"), 40, ("TOPIC",)),
    Near("violence", ("AGGRESSIVE", "AFRAID"), 20, ("TOPIC",)),
    Near("violence", ("VIOLENT", "PARTNER"), 6, ("TOPIC", "JOKE")),
    Near("violence", ("HURTS_OLD", "CARER"), 12, ("TOPIC",)),
    Near("violence", ("HITS_PERSON",), 1, ("TOPIC", "NEVER", "HIT_NOT_HURT", "CHILD_FIGHT")),
    Near("violence", ("HEAR_BLOWS",), 1, ("TOPIC", "HARMLESS_BANGS", "PAST")),
    Near("acute", ("FIRE", "FIRE_PLACE"), 8, ("FIRE_HARMLESS", "TOPIC", "PAST")),
    Near("acute", ("CO",), 1, ("TOPIC",)),
    Near("acute", ("GAS",), 1, ("TOPIC", "COOKING", "PAST")),
    Near("acute", ("MANY", "MEANS", "SWALLOWED"), 6, ("DAILY_USE",)),
    Near("acute", ("OVERDOSE", "SWALLOWED"), 4, ("TOPIC", "PAST")),
    Near("acute", ("CHILD", "MEANS", "SWALLOWED"), 8, ()),
    Near("acute", ("CHEST", "PAIN", "ALARM_SIGN"), 12, ()),
    Near("acute", ("NOT_BREATHE",), 1, ("TOPIC", "CHRONIC")),
    Near("acute", ("BLEEDING", "WONT_STOP"), 6, ()),
    Near("acute", ("NOT_RESPONDING",), 1, ("TOPIC", "MESSAGES")),
    Near("acute", ("COLLAPSE",), 1, ("TOPIC", "PAST", "WORK", "JOKE", "BED")),
    Near("acute", ("SINKS", "HEAP"), 3, ("TOPIC", "PAST", "JOKE")),
    Near("acute", ("BLUE", "BREATH"), 8, ("TOPIC", "PAST")),
    Near("acute", ("THROAT", "SWELLING"), 6, ()),
    Near("acute", ("IN_WATER", "FELL_IN"), 6, ("IT_IS_FINE", "PAST")),
    Near("acute", ("FELL_FROM", "HIGH_THING"), 6, ("IT_IS_FINE", "PAST", "JOKE")),
    Near("acute", ("BODY_SIDE", "STROKE_SIGN"), 6, ("PAST", "TOPIC", "JOKE")),
    Near("acute", ("TRAPPED", "DANGER_PLACE"), 8, ("PAST", "TOPIC", "JOKE", "FEEL")),
    Near("acute", ("RUN_OVER",), 1, ("TOPIC", "PAST")),
    Near("acute", ("BREAK_IN",), 1, ("TOPIC", "PAST")),
    Near("acute", ("CHILD", "MISSING"), 12, ("LOST_THING", "PAST", "TOPIC")),
    Near("acute", ("SEIZURE", "WONT_STOP"), 8, ("PAST", "TOPIC")),
    Near("acute", ("ON_FLOOR", "CANT_GET_UP"), 12, ("PAST", "TOPIC")),
    Near("acute", ("SOMEONE_TRYING", "BREAKING_IN_NOW"), 6,
         ("TOPIC", "PAST", "WORK", "INSTITUTION")),
    Near("acute", ("CONFUSED", "OUT_IN_COLD"), 12, ("PAST", "TOPIC")),
    Near("acute", ("PERSON_IN_WATER",), 1, ("PAST", "TOPIC", "IT_IS_FINE")),
    Near("suicide", ("PREPARED", "READY_TO_GO"), 30, ("PREPARED_HARMLESS", "TOPIC", "WORK"),
         across=True),
    Near("suicide", ("LETTER_WRITTEN", "READY_TO_GO"), 30,
         ("PREPARED_HARMLESS", "TOPIC", "WORK", "MONEY", "INSTITUTION"), across=True),
    Near("suicide", ("PREPARED", "LETTER_WRITTEN"), 20,
         ("PREPARED_HARMLESS", "TOPIC", "WORK", "MONEY", "INSTITUTION"), across=True),
    Near("suicide", ("GIVE_AWAY", "LETTER_WRITTEN"), 20, ("PREPARED_HARMLESS", "TOPIC"),
         across=True),
    Near("suicide", ("DO_IT", "COURAGE_OR_CHANCE"), 10, ("TOPIC", "WORK", "MONEY")),
    Near("suicide", ("PLANNING", "DO_IT", "WHEN_SOON"), 8, ("TOPIC", "WORK", "MONEY", "TRIP",
         "PREPARED_HARMLESS")),
    Near("suicide", ("GOODBYE_NOW",), 1, ("GOODBYE_HARMLESS", "TOPIC", "TRIP")),
    Near("suicide", ("LAST_WORDS", "GOODBYE_NOW"), 30, ("GOODBYE_HARMLESS",), across=True),
    Near("suicide", ("LAST_WORDS", "LAST_MESSAGE"), 30, (), across=True),
    Near("acute", ("ENGINE_RUNNING", "CLOSED_SPACE"), 12, ("MECHANIC", "TOPIC", "PAST")),
    Near("acute", ("FOUND", "HANGING_PERSON"), 6, ("HANGING_THING", "TOPIC", "PAST", "JOKE")),
    Near("acute", ("WRIST", "CUT_OPEN", "BLEEDING"), 12, ("SHAVE_OR_KITCHEN", "PAST")),
    Near("suicide", ("WRIST", "CUT_OPEN"), 4, ("SHAVE_OR_KITCHEN", "TOPIC")),
    Near("suicide", ("CUT_OPEN", "BLADE", "MY_BODY"), 6, ("SHAVE_OR_KITCHEN", "TOPIC")),
    Near("suicide", ("CUT_OPEN", "MY_BODY", "AGAIN_NOW"), 8, ("SHAVE_OR_KITCHEN", "TOPIC")),
    Near("acute", ("MY_CHILD", "GONE_NOW", "WORRY_SIGN"), 20, ("CHILD_GONE_HARMLESS", "PETS",
         "TOPIC"), across=True),
    Near("acute", ("SMELL", "GAS_WORD"), 6, ("GAS_HARMLESS", "COOKING", "TOPIC", "PAST")),
    Near("violence", ("PARTNER", "TAKES_CHECKS", "CONTROL_OBJECT"), 8, ("HELPS_HARMLESS",
         "TOPIC", "JOKE")),
    Near("violence", ("NOT_ALLOWED", "OUT_SOCIAL"), 6, ("RULES_HARMLESS", "TOPIC", "JOKE")),
    Near("violence", ("TIED", "RESTRAINT_PLACE"), 6, ("TIED_HARMLESS", "TOPIC", "JOKE")),
    Near("violence", ("TIED", "SELF_OBJ"), 4, ("TIED_HARMLESS", "TOPIC", "LAUGH")),
    Near("violence", ("TIED", "THIRD_OBJ"), 4, ("TIED_HARMLESS", "TOPIC", "LAUGH", "PETS")),
    Near("violence", ("LOCK", "THIRD_OBJ", "CONFINED"), 8, ("PETS", "TOPIC", "JOKE")),
    Near("violence", ("ELDER", "ELDER_HARM"), 14, ("TOPIC", "HELPS_HARMLESS", "PETS")),
    Near("violence", ("HITS_THIRD",), 1, ("TOPIC", "NEVER", "HIT_NOT_HURT", "LAUGH")),
    Near("violence", ("HIT_ARABIZI",), 1, ("TOPIC", "NEVER", "HIT_NOT_HURT_AR")),
    Near("violence", ("HIT", "BELLY_FACE"), 4, ("BABY_KICKS", "HIT_NOT_HURT", "TOPIC",
         "NEVER")),
    Near("violence", ("SAY_NO", "SEX"), 8, ("TOPIC",)),
    Near("violence", ("FORCED", "SEX"), 6, ("TOPIC",)),
    Near("violence", ("NOT_SAFE", "AT_HOME"), 5, ("HOUSE_DEFECT", "TOPIC")),
    Near("acute", ("SOMEONE", "WEAPON", "HERE_NOW"), 8, ("WEAPON_HARMLESS", "TOPIC", "PAST",
         "JOKE")),
    Near("suicide", ("FOREVER", "REST_SLEEP"), 5,
         ("SLEEP_PROBLEM", "NOISE", "LAUGH", "TRIP", "MONEY", "WORK")),
    Near("suicide", ("NEVER_WAKE", "WISH_PRAY"), 10, ("NOISE",)),
    Near("suicide", ("NO_REASON", "GO_ON"), 5, ("MONEY", "WORK", "TOPIC", "RELATION_OR_MATTER")),
    Near("suicide", ("DONE_WITH", "LIFE_ITSELF"), 5,
         ("MONEY", "WORK", "TOPIC", "LIFE_PLACE_HARMLESS", "END_OF_LIFE_CARE", "EVERYDAY_CHANGE")),
    Near("suicide", ("TIRED_OF", "LIFE_ITSELF"), 5,
         ("MONEY", "WORK", "TOPIC", "LIFE_PLACE_HARMLESS", "END_OF_LIFE_CARE", "EVERYDAY_CHANGE")),
    Near("suicide", ("NOT_THERE_SOON", "DOESNT_MATTER"), 30,
         ("EVERYDAY_CHANGE", "TRIP", "PREPARED_HARMLESS"), across=True),
    Near("suicide", ("NOT_THERE_SOON", "WHEN_SOON"), 8,
         ("EVERYDAY_CHANGE", "TRIP", "PREPARED_HARMLESS", "WORK", "INSTITUTION")),
    Near("violence", ("EX", "KNOWS_WHERE"), 14, ("TOPIC",)),
    Near("violence", ("PARTNER", "KNOWS_WHERE"), 10, ("TOPIC", "HELPS_HARMLESS")),
    Near("violence", ("PARTNER", "THREAT_MSG"), 10, ("TOPIC", "MONEY", "INSTITUTION")),
    Near("suicide", ("BETTER", "DISAPPEAR"), 4, ("TOPIC", "LAUGH", "TRIP")),
    Near("suicide", ("OWN_FUNERAL", "IMAGINE_CALM"), 12, ("FUNERAL_PLANNING", "END_OF_LIFE_CARE")),
    Near("suicide", ("LIFE_INSURANCE", "MORE_THAN_ME"), 12, ("TOPIC",)),
    Near("acute", ("AT_ONCE", "MEANS", "SWALLOWED"), 10, ("ASKING",)),
    Near("suicide", ("WHO_CARES", "GONE", "WHEN_SOON"), 12,
         ("SOMEDAY", "END_OF_LIFE_CARE", "TRIP", "WORK")),
    Near("suicide", ("WHO_CARES", "GONE", "TIRED_OF_ALL"), 16,
         ("SOMEDAY", "END_OF_LIFE_CARE", "TRIP", "WORK"), across=True),
    Near("suicide", ("CUT_OPEN", "MY_BODY", "HIDING"), 10, ("SHAVE_OR_KITCHEN", "TOPIC")),
    Near("suicide", ("CUT_OPEN", "MY_BODY", "SELF_HARM_SIGN"), 12, ("SHAVE_OR_KITCHEN", "TOPIC")),
    Near("suicide", ("FAREWELL_WEAK", "NO_ANSWER"), 20, ("GOODBYE_HARMLESS", "TRIP", "WORK"),
         across=True),
    Near("suicide", ("PAIN_ENDS", "WITHOUT_ME_SHORT"), 10, ("TOPIC",)),
    Near("suicide", ("LAST_WORDS", "LOVE_MESSAGE"), 30, ("GOODBYE_HARMLESS", "TRIP"), across=True),
    Near("violence", ("FORCED_MARRIAGE",), 1, ("TOPIC",)),
    Near("violence", ("PARTNER", "HURTS_ME"), 4, ("FEELINGS", "TOPIC", "NEVER", "LAUGH")),
    Near("acute", ("WEAPON", "KILL_THREAT"), 10, ("WEAPON_HARMLESS", "TOPIC", "PAST", "LAUGH")),
    Near("acute", ("PARTNER", "WEAPON", "HERE_NOW"), 8, ("WEAPON_HARMLESS", "TOPIC", "PAST",
         "LAUGH")),
)
# fmt: on


# ----- what the writer says is not there, or is over ------------------------------------------
# A clause that denies the danger in the writer's own words ("ik ben niet suïcidaal", "not
# thinking of hurting myself") is left out before the rules read the message; what else
# the message says is still read ("ik ben niet suïcidaal, maar ik wil niet meer wakker
# worden" is seen). A clause about the past ("vroeger sloeg hij me") is left out only when
# the message also says that it is safe now ("nu woon ik veilig", "8 years clean").
_SURE = r"(?:echt |absoluut |helemaal |zeker |really |definitely |totally |hic |asla )?"
_NOT_NEGATED = r"(?:(?!(?:niet|nooit|geen|never|not|no|degil\w*|مش|مو|ما|لا|ليس) )\w+ )"

# fmt: off
DENIALS = (
    # nl
    rf"(?:ik ben|ben ik|ik voel me) {_SURE}niet (?:suicid\w*|zelfmoord\w*)",
    rf"(?:ik heb|heb ik|er zijn) {_SURE}geen (?:suicidale gedachten|zelfmoord\w*|doodsgedachten"
    r"|gedachten (?:aan|over) (?:zelfmoord|suicide|de dood|mezelf \w+ \w+))",
    rf"ik (?:denk|dacht) (?:er )?{_SURE}(?:niet|nooit) (?:aan|over) (?:om )?(?:mezelf"
    r"(?: (?:iets |wat )?aan te doen| te doden| pijn te doen| wat te doen)?|zelfmoord|suicide"
    r"|er een eind aan te maken|dood te gaan)",
    rf"ik (?:zou|wil|ga) mezelf {_SURE}(?:nooit|niks|niets) (?:iets )?aandoen",
    rf"ik heb {_SURE}niet het gevoel dat ik"
    r" (?:wil stoppen met leven|dood wil|er niet meer wil zijn)",
    rf"ik (?:wil|ga) {_SURE}geen (?:zelfmoord|suicide) (?:plegen|doen)(?:,? echt niet)?",
    rf"(?:ik heb|heb ik) {_SURE}geen (?:\w+ )?gedachten (?:om|dat ik) mezelf"
    r" (?:iets |wat )?(?:aan (?:te )?doe\w*|pijn (?:te )?doe\w*|te doden)",
    r"geen (?:zin|plannen?) om dood te gaan",
    # en
    rf"(?:(?:i ?m|im|i am) )?{_SURE}not"
    r" (?:suicidal|going to (?:hurt|kill|harm) myself)(?: or anything)?",
    r"(?:i ?m |im |i am )?not (?:thinking|planning) (?:of|about|on) (?:hurting|killing|harming)"
    r" myself(?: at all)?",
    r"no (?:suicidal thoughts|thoughts (?:of|about) (?:suicide|hurting myself|killing myself))",
    r"i (?:would|will|d) never (?:hurt|kill|harm) myself",
    rf"i (?:do ?n ?t|dont|do not) {_SURE}want to (?:kill|hurt|harm) myself",
    # tr
    rf"kendime zarar vermeyi {_SURE}(?:dusunmuyorum|dusunmem|istemiyorum)",
    rf"(?:intihar etmeyi|intihari|intihar|olmeyi) (?:falan |filan )?{_SURE}"
    r"(?:dusunmuyorum|dusunmem)",
    r"intihar (?:dusuncem|dusuncelerim|dusuncesi) yok",
    r"kendime (?:hic |asla )?zarar vermem",
    # ar
    r"(?:لا|ما|مش|مو) (?:\w+ )?(?:افكر|بفكر|فكرت) (?:\w+ ){0,2}(?:ايذاء|بايذاء|اذيه|باذيه|اذى"
    r"|الانتحار|بالانتحار|انتحر|انتحار|اموت)(?: (?:نفسي|حالي))?",
    r"(?:لست|مش|مو|ما ني|مانيش) (?:انتحاري|انتحاريه)",
    # a checked danger that is not there
    r"geen (?:gas ?lek|gaslucht)|no gas leak|gaz kacagi yok|(?:ما|مافي|ما في) (?:في )?تسريب",
    r"(?:ما|مش|مو|ليس) (?:عندي|لدي) (?:اي )?افكار (?:انتحار\w*|ل?لانتحار)(?: ابدا| ولا شي)?",
)

# The message says it is over and safe now.
SAFE_NOW = (
    # nl
    rf"(?:nu|inmiddels|ondertussen|tegenwoordig|sindsdien) {_NOT_NEGATED}{{0,5}}"
    r"(?:veilig|goed|beter|rustig)",
    r"(?:is|werd|zyn) (?:\w+ )?(?:veroordeeld|opgepakt)|zit (?:nu )?(?:vast|in de gevangenis)"
    r"|in goede handen|iedereen is (?:in orde|ok|oke|veilig)|niemand (?:is|werd|raakte) gewond",
    r"(?:al )?(?:\d+|jaren|vele|een paar) (?:\w+ )?jaar (?:schoon|clean|goed|veilig)",
    r"(?:heb|is) (?:het )?(?:\w+ ){0,3}verwerkt|is (?:al )?(?:lang )?voorbij",
    r"(?:het )?gat (?:\w+ )?(?:weer )?goed|al (?:\w+ ){1,2}(?:uit elkaar|gescheiden)"
    r"|(?:is|zyn) (?:al )?(?:\w+ ){0,2}(?:jaar )?(?:overleden|gestorven)",
    # en
    rf"(?:i ?m|im|i am|now i ?m|now im) {_NOT_NEGATED}{{0,2}}safe now|(?:years?|months) clean",
    rf"now (?:i ?m|im|i am|we are|were) {_NOT_NEGATED}{{0,2}}(?:safe|fine|ok|okay|well|better)",
    r"doing (?:well|fine|good|better) now|clean (?:for|since) ",
    r"every ?one ?s (?:fine|ok|okay|safe)|no one (?:was )?(?:hurt|injured)",
    r"(?:now|and) (?:\w+ )?(?:much |a lot )?better now|now (?:\w+ )?and (?:fine|safe|ok|okay|wel)"
    r"|(?:was|got) convicted|(?:is|s) in prison|ben quiet since",
    r"(?:ben|s|is|has ben|have ben) (?:\w+ )?(?:wel|fine|doing wel) (?:for|since)|long over"
    r"|safe and hapy|(?:died|pased away) (?:\w+ ){0,2}(?:years|ago)",
    # tr
    rf"(?:simdi|artik|suan) {_NOT_NEGATED}{{0,2}}(?:guvende\w*|iyiyim|iyi\w*)",
    r"kimse yaralanmadi|kimse yaralanmamis",
    r"yildir (?:\w+ )?(?:iyi\w*|guvende\w*|temizim)",
    # ar
    rf"(?:هلق|هلا|هلا|الان|دلوقتي|دابا|هسه|هسا) {_NOT_NEGATED}{{0,3}}(?:بامان|امان|منيح\w*|بخير"
    r"|كويس\w*|احسن)",
    r"(?:صارلي|صارلها|صارله|صرلي|صرلها|صرله) (?:\w+ ){0,2}(?:منيح\w*|بخير|كويس\w*)|مات من",
    r"الكل بخير|ما حدا (?:انصاب|تاذى)|تعافى|تعافت|تعافيت",
)

# A clause that tells of the past.
PAST_CLAUSE = (
    r"vroeger|ooit|geleden|jaren terug|toen ik|als kind|als tiener|vorig jaar|in het verleden",
    r"used to|ago|as a (?:teen|teenager|kid|child)|when i was|in the past|back then|last year"
    r"|last month",
    r"eskiden|yillar once|yil once|gencken|cocukken|lisede|gecen yil|eski esim",
    r"زمان|كنت|سنين|سنوات|وانا (?:صغير|صغيره|مراهق|مراهقه)|السابق|طليقي|قبل"
    r"|بشهر \d+|الشهر الماضي|السنه الماضيه",
)
# fmt: on

# A clause about the subject rather than the writer: a story, a film or a book ("een film
# over een vrouw die haar man vermoordt", "the novel has a character who overdoses"), a
# question of knowledge or first aid ("wat moet je doen als iemand een hartaanval krijgt"),
# or the writer's work ("als verpleegkundige praat ik over zelfmoordgedachten"). Left out,
# unless the writer speaks of themselves in it (OWN_CLAUSE).
# fmt: off
SUBJECT_CLAUSE = (
    r"film|films|boek|boeken|roman|romans|novel|serie|documentaire|toneelstuk|hoofdpersoon"
    r"|personage|karakter|movie|series|documentary|character|leesclub|bibliotheek|bieb|thriller",
    r"romanda|romanin|kitap|kitapta|kitabi|dizi|dizide|dizisi|belgesel\w*|sunum\w*|karakter\w*",
    r"روايه|الروايه|بالروايه|فيلم|الفيلم|بالفيلم|مسلسل|وثائقي|الشخصيه|كتاب|الكتاب",
    # knowledge and first aid
    r"wat (?:moet|doe|kun|kan) je (?:\w+ )?(?:doen )?als|verschil tussen|ehbo|eerste hulp",
    r"werkstuk|spreekbeurt|meldcode|protocol|voorlichting",
    r"what (?:should|do|can|would) you do (?:if|when)|difference between|first aid",
    r"school project|protocol|template",
    r"ne yapilir|ne yapmak lazim|arasindaki fark|ilk yardim",
    r"شو بتعمل اذا|ماذا تفعل اذا|شو لازم تعمل اذا|الفرق بين|الاسعافات الاوليه|اسعافات اوليه",
    # the writer's work
    r"als (?:\w*verpleegkundige|hulpverlener|docent|leraar|agent|arts|begeleider|vrijwilliger)"
    r"|ik ben (?:\w*verpleegkundige|hulpverlener|docent|leraar|vrijwilliger)"
    r"|ik werk (?:bij|in|als)|voor myn werk|intervisie|clienten|client",
    r"as a (?:nurse|teacher|social worker|volunteer|carer)|i work (?:as|at|in)|for (?:my )?work"
    r"|i ?m a (?:nurse|teacher|social worker|volunteer|carer)|article|newsletter"
    r"|first aid course",
    r"hemsire\w*|ogretmen\w*|isim icin|is yerinde|bildirim kural\w*|protokol\w*",
    r"ممرض\w*|معلم\w*|لشغلي|بشغلي|مقال",
)
OWN_CLAUSE = (
    r"mezelf|myzelf|zelf ook|ik ook|wil ik|ik wil|ik ga|ook (?:\w+ )?(?:doen|dood)",
    r"myself|me too|i want|i wanna|i ?m going|kendim\w*|ben de|istiyorum|نفسي|حالي|انا كمان",
)
# fmt: on
