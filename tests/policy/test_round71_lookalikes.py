"""What the forty-third group of whole-test-set writers (rental e-scooters, a fenced dog park,
snow clearing, a summer job lottery, a library's unstaffed hours, a roundabout's sculpture, a
leased camping site, a winter storm; round 71) showed the rules. Every sentence here is written
for the test."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime

_PHOTO = ({"type": "photo", "url": "https://scontent.xx.fbcdn.net/p/bild.jpg"},)


def test_a_word_cut_by_hyphens_is_read_whole(rules: Engine) -> None:
    assert crime(rules, "de som drog in bidraget borde sk-ju-tas allihop")
    assert not crime(rules, "Skicka e-post till S-märkt, det gäller bidraget.")


def test_nothing_but_an_insult_is_the_insult(rules: Engine) -> None:
    assert Category.ABUSIVE in categories(rules, "Såna där tjänstemän är inget annat än parasiter.")
    assert Category.ABUSIVE in categories(rules, "Han är inget annat än en idiot.")
    assert Category.ABUSIVE not in categories(rules, "Han är ingen idiot, han gör sitt bästa.")


def test_clowns_in_the_plural_as_spoken(rules: Engine) -> None:
    assert Category.ABUSIVE in categories(rules, "vilka jävla pajasar som styr på tekniska")
    assert Category.ABUSIVE not in categories(rules, "Pajasarna på cirkusen var jätteroliga!")


def test_where_it_was_heard_with_a_price_claimed_is_a_rumour(rules: Engine) -> None:
    text = "Parkeringsboten blir 900 kr från januari, hörde jag på gymmet. Typiskt."
    assert Category.RUMOR in categories(rules, text)


def test_numbers_kept_back_is_a_cover_up(rules: Engine) -> None:
    text = "Olyckorna vid skolan är fler än de säger. Någon vill inte att siffrorna kommer ut."
    assert Category.RUMOR in categories(rules, text)
    text = "Jag vill inte att det kommer ut att jag var den som ringde, så jag skriver anonymt."
    assert Category.RUMOR not in categories(rules, text)


def test_everything_from_one_to_another_is_no_hearsay(rules: Engine) -> None:
    text = (
        "Hur länge håller maten egentligen i frysen utan ström? "
        "Jag har hört allt från sex timmar till två dygn."
    )
    assert Category.RUMOR not in categories(rules, text)


def test_a_note_asked_to_be_confirmed_or_denied_is_no_rumour(rules: Engine) -> None:
    text = (
        "Det sitter lappar med texten 'sprid detta, badet stänger i juni'. Kan kommunen bekräfta?"
    )
    assert Category.RUMOR not in categories(rules, text)


def test_a_quoted_claim_answered_is_no_rumour(rules: Engine) -> None:
    text = "Någon skriver 'kommunen mörkar kostnaderna'. Det gör ni inte, allt står i protokollet."
    assert Category.RUMOR not in categories(rules, text)


def test_a_claim_with_ones_insurer_is_no_municipal_case(rules: Engine) -> None:
    text = (
        "Jag anmälde min vattenskada till försäkringsbolaget i mars och har fortfarande inget svar."
    )
    assert Category.PERSONAL_CASE not in categories(rules, text)
    text = "Jag anmälde min vattenskada till kommunen i mars och har fortfarande inget svar."
    assert Category.PERSONAL_CASE in categories(rules, text)


def test_ones_own_counts_are_no_bills(rules: Engine) -> None:
    text = "Mätningen säger 3 000 bilar om dagen, det stämmer med mina egna räkningar."
    assert Category.PERSONAL_CASE not in categories(rules, text)


def test_voting_early_is_no_campaign(rules: Engine) -> None:
    assert Category.POLITICAL not in categories(rules, "Can I vote early in Vallentuna?")


def test_a_supervisor_in_a_photo(rules: Engine) -> None:
    text = "kolla föreståndaren som sover på jobbet 😂"
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO)


def test_links_to_many_sites_are_spam(rules: Engine) -> None:
    text = "billiga filmer www.film-gratis.ru www.movies-now.cc www.stream-all.top"
    assert Category.SPAM in categories(rules, text)
    text = "Läs mer på svt.se, dn.se och vallentuna.se om stormen."
    assert Category.SPAM not in categories(rules, text)
