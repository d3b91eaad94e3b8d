"""The ESRS and SFDR disclosures as Dutch and English text: golden texts checked by hand."""

from __future__ import annotations

from datetime import date

import pytest

from disclosure_cases import DAY, ONE_TIER, TWO_TIER
from ingroeiquotum import disclosures
from ingroeiquotum.company import Company, Snapshot
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.i18n.disclosures_esg import esg_disclosure

GOV_1_NL = """\
ESRS 2 GOV-1, paragraaf 21(d): de bestuurs-, leidinggevende en toezichthoudende organen van Voorbeeld NV naar gender op 31 december 2025.
Bestuur: vrouwen 1 (33,3%), mannen 2 (66,7%), overig 0 (0%), niet gerapporteerd 0 (0%), totaal 3.
RvC: vrouwen 2 (28,6%), mannen 3 (42,9%), overig 1 (14,3%), niet gerapporteerd 1 (14,3%), totaal 7.
Samen: vrouwen 3 (30%), mannen 5 (50%), overig 1 (10%), niet gerapporteerd 1 (10%), totaal 10.
Genderdiversiteitsratio van het bestuur (vrouwen ten opzichte van mannen): 0,60.
Wie als geen van beide geslachten is geregistreerd, staat onder 'overig'; leden van wie het geslacht niet is vastgelegd staan onder 'niet gerapporteerd'; beiden tellen mee als lid, geen van beiden als vrouw of als man.
Datapunten GOV-1_05, GOV-1_06; ESRS set 1, Delegated Regulation (EU) 2023/2772 of 31 July 2023."""

S1_9_EN = """\
ESRS S1-9, paragraph 66(a): the gender distribution at top management of Voorbeeld NV on 31 December 2025.
Management board: women 1 (33.3%), men 2 (66.7%), other 0 (0%), not reported 0 (0%), total 3.
Subtop Directie: women 4 (44.4%), men 4 (44.4%), other 1 (11.1%), not reported 0 (0%), total 9.
Together: women 5 (41.7%), men 6 (50%), other 1 (8.3%), not reported 0 (0%), total 12.
Top management, by the company's own definition (AR 71, to be disclosed): Management board, Subtop Directie.
Women at top management: 41.7%.
People registered as neither sex are shown as 'other' and members whose sex is not recorded as 'not reported'; both count among the members, neither as women nor as men.
Datapoints S1-9_01, S1-9_02, S1-9_06; ESRS set 1, Delegated Regulation (EU) 2023/2772 of 31 July 2023."""

PAI_13_NL = """\
SFDR-indicator 13 voor de belangrijkste ongunstige effecten, genderdiversiteit in het bestuur, van Plc NV op 31 december 2025.
Uitvoerende bestuurders: vrouwen 1 (33,3%), mannen 1 (33,3%), overig 1 (33,3%), niet gerapporteerd 0 (0%), totaal 3.
Niet-uitvoerende bestuurders: vrouwen 2 (28,6%), mannen 4 (57,1%), overig 0 (0%), niet gerapporteerd 1 (14,3%), totaal 7.
Samen: vrouwen 3 (30%), mannen 5 (50%), overig 1 (10%), niet gerapporteerd 1 (10%), totaal 10.
Vrouwen als percentage van alle bestuursleden: 30%.
Wie als geen van beide geslachten is geregistreerd, staat onder 'overig'; leden van wie het geslacht niet is vastgelegd staan onder 'niet gerapporteerd'; beiden tellen mee als lid, geen van beiden als vrouw of als man.
Datapunten PAI 13; Delegated Regulation (EU) 2022/1288 of 6 April 2022, Annex I."""


def test_gov_1_in_dutch() -> None:
    assert esg_disclosure(disclosures.esrs_gov_1(TWO_TIER, DAY), "nl") == GOV_1_NL


def test_s1_9_in_english() -> None:
    assert esg_disclosure(disclosures.esrs_s1_9(TWO_TIER, DAY), "en") == S1_9_EN


def test_pai_13_one_tier_in_dutch() -> None:
    assert esg_disclosure(disclosures.sfdr_pai_13(ONE_TIER, DAY), "nl_NL") == PAI_13_NL


def test_ar_71_definition_and_share_ratio_in_english() -> None:
    text = esg_disclosure(
        disclosures.esrs_s1_9(TWO_TIER, DAY, top_management=["subtop:Directie"]), "en"
    )
    assert "Top management as AR 71 defines it, one or two levels below" in text
    assert text.count("\n") == 5  # one group: no "Together" line
    share = esg_disclosure(disclosures.esrs_gov_1(ONE_TIER, DAY, ratio="women_of_members"), "en")
    assert "Board's gender diversity ratio (women as a share of all members): 30%." in share


def test_no_figure_without_a_composition_or_a_man() -> None:
    missing = esg_disclosure(disclosures.esrs_gov_1(TWO_TIER, date(2024, 1, 1)), "en")
    assert "No composition is recorded on this day for: Management board, RvC" in missing
    assert "ratio" not in missing.split("\n")[2]
    women = Company("W", "NV", snapshots=[Snapshot("bestuur", DAY, Composition(0, 2)),
                                         Snapshot("rvc", DAY, Composition(0, 3))])  # fmt: skip
    assert "geen waarde, want er is geen man" in esg_disclosure(
        disclosures.esrs_gov_1(women, DAY), "nl"
    )


def test_refuses_what_is_not_a_disclosure() -> None:
    with pytest.raises(InvalidArgument):
        esg_disclosure("GOV-1", "en")
    with pytest.raises(InvalidArgument):
        esg_disclosure(disclosures.sfdr_pai_13(ONE_TIER, DAY), "de")
