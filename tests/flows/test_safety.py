"""The safety net: one plain form of the text, indirect words, two messages, look-alikes."""

from __future__ import annotations

import pytest

from benchmarks.safety import FALSE_ALARM_TARGET, RECALL_TARGET, cases, score
from flows import intake, safety, safety_model
from flows.intake import LAST_WORDS_MAX, Command, DangerSeen, Tapped, Typed
from flows.render import Say
from flows.safety import Danger, detect, detect_pair, normalise
from tests.flows.helpers import context, profile

CTX = context(profile("m-anna", gebieden=("geld", "wonen")))


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Ik wil NIET meer leven!!!", "ik wil niet mer leven"),
        ("dooooood", "dod"),
        ("suïcidaal", "suicidal"),
        ("ikwilnietmeerleven", "ik wil niet mer leven"),
        ("k wil nie mr", "ik wil niet mer"),
        ("ik wil niet.meer leven", "ik wil niet mer leven"),
        ("me vader slaad me zelf", "myn vader slat mezelf"),
        ("ik wil nie meer lefe", "ik wil niet mer leven"),
        ("ik ben op 😭 help", "ik ben op . help"),
        ("Kendimi öldürmek İSTİYORUM", "kendimi oldurmek istiyorum"),
        ("أريد أنْ أموتَ", "اريد ان اموت"),
    ],
)
def test_text_is_brought_to_one_plain_form(written, plain) -> None:
    assert normalise(written) == plain


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("ik wil er niet meer zijn", Danger.SUICIDE),
        ("het hoeft voor mij niet meer", Danger.SUICIDE),
        ("ik zie het niet meer zitten", Danger.SUICIDE),
        ("ik wil slapen en niet meer wakker worden", Danger.SUICIDE),
        ("IK WIL DOOOOD", Danger.SUICIDE),
        ("ik wil nie meer leve", Danger.SUICIDE),
        ("ik snij in mijn armen", Danger.SUICIDE),
        ("ik spaar mijn slaappillen op", Danger.SUICIDE),
        ("mijn man heeft me gisteren weer geslagen", Danger.VIOLENCE),
        ("hij slaat mijn zoontje", Danger.VIOLENCE),
        ("mijn vader ligt op de grond en reageert niet", Danger.ACUTE),
        ("i dont want to be alive anymore", Danger.SUICIDE),
        ("artık yaşamak istemiyorum", Danger.SUICIDE),
        ("زوجي يضربني", Danger.VIOLENCE),
        ("twee keer geprobeerd, deze keer gaat het me lukken", Danger.SUICIDE),
        ("waarom leef ik eigenlijk nog", Danger.SUICIDE),
        ("im done. goodbye all", Danger.SUICIDE),
        ("mijn buurman zegt dat hij mijn armen breekt als ik praat", Danger.VIOLENCE),
        ("ze hebben mijn paspoort afgepakt en ik krijg geen loon", Danger.VIOLENCE),
        ("ik hoor de buurvrouw om hulp roepen", Danger.VIOLENCE),
        ("hij komt morgen met een mes naar het loket, dan zullen ze het merken", Danger.ACUTE),
        ("er komt rook uit het huis naast ons en de oude man is nog binnen", Danger.ACUTE),
        ("mijn vader met dementie is weggelopen en het is donker", Danger.ACUTE),
        ("mijn man is niet meer wakker te krijgen", Danger.ACUTE),
    ],
)
def test_indirect_and_misspelt_danger_is_seen(text, danger) -> None:
    assert detect(text) == danger


@pytest.mark.parametrize(
    "text",
    [
        "ik ben dood moe",
        "mijn telefoon is dood",
        "ik ga dood van het lachen",
        "de verwarming is kapot, we vriezen dood",
        "mijn moeder is vorig jaar overleden",
        "ik wil niet meer wachten",
        "mijn zoon slaat zijn huiswerk over",
        "ik zie het niet meer zitten met die verbouwing",
        "ik wil niet meer in dit huis wonen",
        "sinds zijn hartinfarct kan mijn man niet meer werken",
        "mijn baas vermoordt me als ik weer te laat ben",
        "ik maak je af, roept mijn zoon bij fortnite, is dat normaal",
        "ik kom morgen met mijn hamer langs om de kast op te hangen",
        "de oven is vorige week in brand gevlogen, wie betaalt de schade",
        "mijn zoon is 's ochtends niet wakker te krijgen voor school haha",
        "  ",
        None,
    ],
)
def test_look_alikes_stay_quiet(text) -> None:
    assert detect(text) is None


def test_a_thought_split_over_two_messages_is_seen_once() -> None:
    assert detect("ik wil niet meer wachten op") is None
    assert detect("leven") is None
    assert detect_pair("soms wil ik gaan slapen", "en nooit meer wakker worden") == Danger.SUICIDE
    assert detect_pair("ik heb schulden", "en nooit meer wakker worden") is None
    # Danger in the first message was answered then; the second does not repeat the alarm.
    assert detect_pair("ik wil dood", "ja echt") is None
    assert detect_pair("ik wil dood", "ik wil er een eind aan maken") == Danger.SUICIDE


def test_the_intake_sees_danger_split_over_two_messages_and_forgets_the_words_after() -> None:
    reply = intake.handle(None, Command.START, CTX)
    reply = intake.handle(reply.state, Tapped(reply.state.seq, "yes"), CTX)
    reply = intake.handle(reply.state, Tapped(reply.state.seq, "Lisse"), CTX)
    first = intake.handle(reply.state, Typed("soms wil ik gewoon gaan slapen"), CTX)
    assert not [e for e in first.effects if isinstance(e, DangerSeen)]
    assert first.state.last_words == "soms wil ik gewoon gaan slapen"

    second = intake.handle(first.state, Typed("en nooit meer wakker worden"), CTX)
    [alert] = [e for e in second.effects if isinstance(e, DangerSeen)]
    assert alert.danger == "suicide"
    assert alert.text == "soms wil ik gewoon gaan slapen\nen nooit meer wakker worden"
    assert isinstance(second.says[0], Say) and second.says[0].text.key == "crisis.body"
    assert second.state.answers["danger"] == "suicide"

    tapped = intake.handle(second.state, Tapped(second.state.seq, "done"), CTX)
    assert tapped.state.last_words is None  # a tap ends the thought
    stopped = intake.handle(second.state, Command.STOP, CTX)
    assert stopped.state is None  # nothing is kept once the intake is erased


def test_only_the_end_of_a_long_message_is_kept() -> None:
    reply = intake.handle(None, Command.START, CTX)
    reply = intake.handle(reply.state, Typed("woord " * 200), CTX)
    assert len(reply.state.last_words) == LAST_WORDS_MAX


def test_the_project_set_meets_the_targets() -> None:
    """Recall >= 98 % and false alarms <= 2 % on the whole labelled set, in total and per
    language. (The held-out part is printed by `make bench`; it is never tuned on.)"""
    everything = cases()
    total = score(everything)
    assert total.recall >= RECALL_TARGET, total
    assert total.false_alarm_rate <= FALSE_ALARM_TARGET, total
    for language, (dangerous, harmless) in {
        "nl": (150, 300),
        "en": (30, 60),
        "tr": (30, 60),
        "ar": (30, 60),
    }.items():
        own = score([c for c in everything if c.language == language])
        assert own.dangerous >= dangerous and own.harmless >= harmless, (language, own)
        assert own.meets_targets, (language, own)


def test_every_free_text_check_reads_the_message_before_and_keeps_its_end() -> None:
    first = safety.check(None, "eerlijk gezegd wil ik gewoon gaan slapen")
    assert first.danger is None and first.last_words == "eerlijk gezegd wil ik gewoon gaan slapen"
    second = safety.check(first.last_words, "en nooit meer wakker worden")
    assert second.danger == Danger.SUICIDE
    assert second.words == "eerlijk gezegd wil ik gewoon gaan slapen\nen nooit meer wakker worden"
    third = safety.check(second.last_words, "ik wil dood")  # seen on its own: its own words
    assert third.danger == Danger.SUICIDE and third.words == "ik wil dood"
    assert len(safety.check(None, "woord " * 100).last_words) == safety.LAST_WORDS_MAX


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # the means, made ready; nobody would miss me; a high place and jumping
        ("de tabletten liggen al klaar in de la", Danger.SUICIDE),
        ("ilaclarimi biriktirdim", Danger.SUICIDE),
        ("جهزت الحبوب كلها", Danger.SUICIDE),
        ("niemand zou me echt missen", Danger.SUICIDE),
        ("ik sta nu op de brug en wil springen", Danger.SUICIDE),
        # followed, held, threatened, forced
        ("mijn ex wacht elke avond voor mijn huis", Danger.VIOLENCE),
        ("he takes my money and wont let me see my friends", Danger.VIOLENCE),
        ("ailem beni zorla evlendirmek istiyor", Danger.VIOLENCE),
        ("mijn man slaat. ik ben bang", Danger.VIOLENCE),
        # fire, an overdose taken, the heart
        ("de hele keuken staat in de fik", Danger.ACUTE),
        ("mijn vader heeft pijn op de borst en zweet heel erg", Danger.ACUTE),
    ],
)
def test_ideas_are_seen_in_words_no_pattern_spells_out(text, danger) -> None:
    assert detect(text) == danger


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # made ready, across two sentences; letters for when I am gone; goodbye and last words
        ("mijn zaken zijn op orde, de hond gaat naar de buren. het is tijd", Danger.SUICIDE),
        ("alles is geregeld, vanavond is het zover", Danger.SUICIDE),
        ("everything is sorted, my dog goes to my sister. im ready", Danger.SUICIDE),
        ("i wrote letters to my family for when im gone", Danger.SUICIDE),
        ("goodbye everyone, sorry for everything", Danger.SUICIDE),
        ("im going to do it when nobody is home", Danger.SUICIDE),
        # a high place and going off it; rest forever; cutting
        ("ik ga vannacht van de brug af", Danger.SUICIDE),
        ("sonsuza kadar uyumak istiyorum", Danger.SUICIDE),
        ("بدي نام للابد", Danger.SUICIDE),
        ("ik heb weer met een scheermesje in mijn bovenbenen gekrast", Danger.SUICIDE),
        ("i keep cutting my wrists", Danger.SUICIDE),
        ("جرحت حالي بالشفره", Danger.SUICIDE),
        # Arabic in Latin letters, Egyptian and Levantine Arabic, colloquial Turkish
        ("mesh 3ayez a3ish", Danger.SUICIDE),
        ("ma baddi 3ish", Danger.SUICIDE),
        ("bghit nmout", Danger.SUICIDE),
        ("ya rab khodni", Danger.SUICIDE),
        ("يا رب خدني عندك", Danger.SUICIDE),
        ("نفسي انام وما افيق", Danger.SUICIDE),
        ("مش هكون موجود قريب، مش فارقه", Danger.SUICIDE),
        ("yakında burada olmayacağım, fark etmez", Danger.SUICIDE),
        ("yaşamak için bir sebebim kalmadı", Danger.SUICIDE),
        # control, elder abuse, a pregnant belly, forced sex, unsafe at home
        ("mijn man pakt mijn bankpas af en ik mag niet alleen boodschappen doen", Danger.VIOLENCE),
        ("kocam telefonumu ve banka kartımı aldı, dışarı çıkmama izin vermiyor", Danger.VIOLENCE),
        ("the carer ties my grandad to the chair", Danger.VIOLENCE),
        ("mijn zoon sluit mijn moeder op in de slaapkamer als hij weggaat", Danger.VIOLENCE),
        ("my son pushes my mum and takes her money, shes 82", Danger.VIOLENCE),
        ("ik ben 5 maanden zwanger en hij stompt me in mijn buik", Danger.VIOLENCE),
        ("kocam zorla ilişkiye giriyor", Danger.VIOLENCE),
        ("مش امنه بالبيت", Danger.VIOLENCE),
        ("jouji kaydrabni", Danger.VIOLENCE),
        # a child gone now, gas, a car in a closed garage, found hanging, a weapon here
        ("mijn zoontje van 3 is weg, hij was net nog in de tuin", Danger.ACUTE),
        ("kızım kayboldu, parkta az önce buradaydı", Danger.ACUTE),
        ("het stinkt naar gas in het trappenhuis", Danger.ACUTE),
        ("evde çok gaz kokuyor", Danger.ACUTE),
        ("mijn vader zit in de garage met de motor aan en de deur dicht", Danger.ACUTE),
        ("i found my brother hanging in the garage", Danger.ACUTE),
        ("er loopt een man met een pistool in onze flat", Danger.ACUTE),
        ("kapıda bıçaklı bir adam var", Danger.ACUTE),
        ("annem bir sürü ilaç yuttu", Danger.ACUTE),
        ("khoya ma kayfi9ch", Danger.ACUTE),
    ],
)
def test_indirect_ideas_in_every_language(text, danger) -> None:
    assert detect(text) == danger


@pytest.mark.parametrize(
    "text",
    [
        # the same words in an ordinary life: a move, a game, a day's work, a house, the kitchen
        "ik heb alles geregeld voor de verhuizing, ik ben er klaar voor",
        "ik heb een brief geschreven naar de woningcorporatie, morgen is het klaar",
        "dit is een afscheid van mijn collega's, ik ga met pensioen",
        "mijn broer heeft me gisteren geslagen met schaken",
        "my brother beat me at chess again",
        "mijn dochter slaat haar huiswerk over",
        "ik ben klaar met alles voor vandaag, morgen bel ik de gemeente",
        "ik ben het leven in deze stad moe, ik wil verhuizen",
        "het is niet veilig thuis, de trap is kapot en er zit schimmel",
        "de kinderen zijn niet veilig op straat door het verkeer",
        "mijn man staat in de keuken met een mes uien te snijden",
        "ik snij altijd mijn vinger bij het uien snijden",
        "mijn zoon is zijn baan kwijt",
        "mijn dochter is haar telefoon kwijt",
        "het ruikt naar gas als ik het fornuis aanzet, moet ik de monteur bellen?",
        "ik zit in de auto met de motor aan te wachten op mijn vrouw",
        "ik vond mijn jas hangend in de schuur",
        "mijn zoon mag niet naar buiten, hij heeft huisarrest",
        "i'm dying of the heat in this flat, can i get a fan",
        "my phone is dead so im typing this at the library",
        "her şeyi bitirdim, formlar tamam, şimdi ne yapmam lazım",
        "yakında burada olmayacağım, tatile gidiyorum",
        "تعبت من الحياه هون، بدي انتقل",
        "جرحت ايدي بالسكين وانا بطبخ",
        "ma bghitch nmchi l school",
    ],
)
def test_the_same_words_in_ordinary_life_stay_quiet(text) -> None:
    assert detect(text, learnt=False) is None


def test_a_word_one_slip_from_a_class_word_still_counts() -> None:
    assert detect("iedereen is zonder mij") is None
    assert detect("iedereen is opgelucht zonder mij") == Danger.SUICIDE
    assert detect("iedereen is opgelcht zonder mij") == Danger.SUICIDE  # a letter missing
    assert detect("iedereen is opgeulcht zonder mij") == Danger.SUICIDE  # two swapped
    assert detect("iedereen is opgeplucht zonder mij") == Danger.SUICIDE  # one too many
    # A wrong letter is not taken: it turns real words into others ("betaalt" -> "betast").
    assert detect("de vader van mijn kinderen betaalt geen alimentatie") is None


@pytest.mark.parametrize(
    "text",
    [
        "ik maak een werkstuk over zelfmoordpreventie voor school",
        "we organiseren een voorlichting over huiselijk geweld in de wijk",
        "die energieleverancier wurgt me met dat voorschot",
        "the rent is killing me, can you help",
        "mijn man slaat nooit",
        "ik laat mijn kinderen nooit alleen",
        "ik heb mijn pillen voor de hele week klaargezet",
        "ik wil er een punt achter zetten, achter die ruzie",
        "mijn zoon slaat zijn broertje soms, hoe pak ik dat aan",
    ],
)
def test_talk_about_the_subject_figures_of_speech_and_denials_stay_quiet(text) -> None:
    assert detect(text) is None


def test_skipping_patterns_that_lack_a_needed_word_changes_no_answer(monkeypatch) -> None:
    sample = [c.text for c in cases()][::7]
    quick = [detect(text) for text in sample]
    monkeypatch.setattr(safety, "_holds", lambda text, needed: True)
    monkeypatch.setattr(safety._Screen, "candidates", lambda screen, grams: range(screen.size))
    assert [detect(text) for text in sample] == quick


@pytest.mark.parametrize(
    "text",
    [
        "ik ben echt niet suïcidaal hoor, ik wil alleen weten hoe de huurtoeslag werkt",
        "i'm not suicidal, i just need help with a letter from the council",
        "intihar etmeyi hiç düşünmüyorum, sadece kira yardımı soruyorum",
        "لا أفكر في الانتحار، فقط أريد مساعدة في رسالة البلدية",
        "vroeger sloeg mijn ex me, nu woon ik al jaren veilig en wil ik mijn naam terug",
        "my dad used to hit me as a kid, now im safe and want to study again",
        "we lezen een roman waarin de vader zijn vrouw slaat, is er een leesclub in Lisse",
        "the main character of that film kills himself, really sad, is the cinema open",
        "wat moet je doen als iemand een beroerte krijgt? we leren het op de cursus",
        "as a nurse i talk about suicide with patients, is there supervision for that",
        "mijn broer deed zichzelf vroeger pijn, maar het gaat al drie jaar goed met hem",
        "ik wil geen zelfmoord plegen, echt niet, ik wil alleen mijn schulden regelen",
        "i don't want to kill myself, i want to sort out my debts",
        "ما عندي افكار انتحار ولا شي، بس بدي مساعدة بالاوراق",
        "de man die mij vorig jaar stalkte is veroordeeld, sindsdien is het rustig, wat nu",
        "my daughter was assaulted last year, the man is in prison and she is safe now",
        "ik ben docent en we maken een protocol voor als een leerling zegt dat hij dood wil",
        "we had a kitchen fire last month, everyone's fine, who pays for the damage",
        "the boiler sounds like a bomb but the engineer checked it, no gas leak",
    ],
)
def test_a_denial_harm_that_is_over_or_a_story_stays_quiet(text) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("ik ben niet suïcidaal, maar ik wil gewoon nooit meer wakker worden", Danger.SUICIDE),
        ("im not suicidal or anything but i bought pills to end it tonight", Danger.SUICIDE),
        ("vroeger sloeg mijn ex me, nu slaat mijn nieuwe vriend me elke dag", Danger.VIOLENCE),
        ("jaren geleden nam ik pillen, nu gaat het niet goed en wil ik dood", Danger.SUICIDE),
        ("na die film over zelfmoord wil ik zelf ook dood", Danger.SUICIDE),
        ("wat moet ik doen, mijn man krijgt een hartaanval", Danger.ACUTE),
        ("ik wil geen zelfmoord plegen maar ik heb de pillen al klaarliggen", Danger.SUICIDE),
        ("hij is vorig jaar veroordeeld maar nu is hij vrij en slaat hij me weer", Danger.VIOLENCE),
        ("ik ben vrijwilliger en ik wil dood", Danger.SUICIDE),
        ("no gas leak they said but now i smell gas again and my baby is dizzy", Danger.ACUTE),
        (
            "hij heeft filmpjes van me gemaakt en dreigt me te slaan als ik niet doe wat hij zegt",
            Danger.VIOLENCE,
        ),
    ],
)
def test_what_follows_a_denial_the_past_or_a_story_is_still_read(text, danger) -> None:
    assert detect(text) is danger


def test_warming_up_compiles_every_rule_and_loads_the_model() -> None:
    caches = (safety._compiled, safety._together, safety._pattern_screen, safety_model.load)
    for cached in caches:
        cached.cache_clear()
    safety.warm_up()
    assert [cached.cache_info().currsize for cached in caches] == [3, 3, 3, 1]
