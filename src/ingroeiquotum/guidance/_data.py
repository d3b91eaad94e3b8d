"""
The SER's key takeaways of the dialogue session of 24 September 2024, as data: no logic.

Source: SER, "Key takeaways SER-dialoogbijeenkomst Diversiteit in de (sub)top – chemische en
technologische industrie" (dialogue session 'Aanpak genderdiversiteit in de (sub)top',
24 September 2024). Each recommendation keeps its bullet as printed in ``source_text`` (line
breaks joined, words split by a hyphen at a line end rejoined); ``text_nl`` is the same bullet as
a clean Dutch sentence, ``text_en`` says it in English in our own words. The tags are our
reading of the bullet; ``docs/guidance.md`` explains them. :mod:`ingroeiquotum.guidance`
imports this module on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from enum import Enum

from ingroeiquotum.guidance import (
    Actor,
    AdviceRule,
    Audience,
    Helpdesk,
    Recommendation,
    Source,
    SourceInformation,
    Theme,
)
from ingroeiquotum.law.findings import Verdict
from ingroeiquotum.model.organs import OrganKind
from ingroeiquotum.model.plan import Lever

TITLE = (
    "Key takeaways SER-dialoogbijeenkomst Diversiteit in de (sub)top – chemische en "
    "technologische industrie"
)
PUBLISHER = "SER"
SESSION_DATE = date(2024, 9, 24)

# -- themes, in the document's order -------------------------------------------------------------

AMBITION = Theme(
    key="ambition",
    title_nl="Stel ambities, maak een plan en monitor de voortgang",
    title_en="Set ambitions, make a plan and track progress",
)
TALENT = Theme(
    key="talent",
    title_nl="Recruitment, ontwikkelen en behoud van talent",
    title_en="Recruit, develop and retain talent",
)
EDUCATION = Theme(
    key="education",
    title_nl="Heb aandacht voor het onderwijssysteem",
    title_en="Mind the education system",
)
CULTURE = Theme(
    key="culture",
    title_nl="Zorg voor inbedding in de organisatiecultuur",
    title_en="Embed diversity in the organisation's culture",
)
PARTICIPATION = Theme(
    key="participation",
    title_nl="Niet praten over, maar mét",
    title_en="Talk with people, not about them",
)
BARRIERS = Theme(
    key="barriers",
    title_nl="Pak mogelijke drempels t.a.v. diversiteit en inclusie aan",
    title_en="Tackle possible barriers to diversity and inclusion",
)

THEMES: tuple[Theme, ...] = (AMBITION, TALENT, EDUCATION, CULTURE, PARTICIPATION, BARRIERS)

_AMBITION = Source(TITLE, PUBLISHER, SESSION_DATE, AMBITION)
_TALENT = Source(TITLE, PUBLISHER, SESSION_DATE, TALENT)
_EDUCATION = Source(TITLE, PUBLISHER, SESSION_DATE, EDUCATION)
_CULTURE = Source(TITLE, PUBLISHER, SESSION_DATE, CULTURE)
_PARTICIPATION = Source(TITLE, PUBLISHER, SESSION_DATE, PARTICIPATION)
_BARRIERS = Source(TITLE, PUBLISHER, SESSION_DATE, BARRIERS)

# -- the 31 recommendations, in the document's order (7, 3, 6, 8, 3, 4 per theme) ---------------

RECOMMENDATIONS: tuple[Recommendation, ...] = (
    # Stel ambities, maak een plan en monitor de voortgang
    Recommendation(
        key="ambition.start_listen_adjust",
        theme=AMBITION,
        text_nl="Begin, luister en stuur bij waar dat nodig is.",
        text_en="Make a start, listen, and correct course where needed.",
        levers=(Lever.GOVERNANCE,),
        audiences=(Audience.BESTUUR, Audience.RVC, Audience.SUBTOP),
        actors=(Actor.BOARD, Actor.RVC),
        source=_AMBITION,
        source_text="Begin, luister en stuur waar nodig bij",
    ),
    Recommendation(
        key="ambition.adapt_failing_policy",
        theme=AMBITION,
        text_nl="Als beleid dreigt niet te lukken, maak het dan passend.",
        text_en="When a policy looks likely to fail, rework it until it fits.",
        levers=(Lever.GOVERNANCE,),
        audiences=(Audience.BESTUUR, Audience.RVC, Audience.SUBTOP),
        actors=(Actor.BOARD, Actor.RVC),
        source=_AMBITION,
        source_text="Als beleid niet dreigt te lukken, maak het dan passend",
    ),
    Recommendation(
        key="ambition.works_council_reporting",
        theme=AMBITION,
        text_nl="Betrek de ondernemingsraad (OR) bij het rapporteren over diversiteit.",
        text_en="Involve the works council when reporting on diversity.",
        levers=(Lever.GOVERNANCE,),
        audiences=(Audience.BESTUUR, Audience.RVC, Audience.SUBTOP),
        actors=(Actor.BOARD, Actor.WORKS_COUNCIL),
        source=_AMBITION,
        source_text="Betrek de OR bij het rapporteren over diversiteit",
    ),
    Recommendation(
        key="ambition.sustain_progress",
        theme=AMBITION,
        text_nl=(
            "Blijf gefocust en blijf inzetten op het boeken en vasthouden van vooruitgang; "
            "het thema vraagt voortdurende aandacht."
        ),
        text_en=(
            "Stay focused on making progress and on keeping it; the subject needs attention "
            "all the time."
        ),
        levers=(Lever.GOVERNANCE,),
        audiences=(Audience.BESTUUR, Audience.RVC, Audience.SUBTOP),
        actors=(Actor.BOARD, Actor.RVC),
        source=_AMBITION,
        source_text=(
            "Blijf focus houden en inzetten op het boeken en vasthouden van vooruitgang. "
            "Voortdurende aandacht op het thema is nodig."
        ),
    ),
    Recommendation(
        key="ambition.split_staff_core_roles",
        theme=AMBITION,
        text_nl="Splits de ambities uit naar staffuncties en kernfuncties.",
        text_en="Set separate ambitions for staff roles and for core roles.",
        levers=(Lever.GOVERNANCE,),
        audiences=(Audience.SUBTOP, Audience.WORKFORCE),
        actors=(Actor.BOARD, Actor.HR),
        source=_AMBITION,
        source_text="Splits de ambities naar staf en kernfuncties",
    ),
    Recommendation(
        key="ambition.inflow_promotion_targets",
        theme=AMBITION,
        text_nl="Formuleer streefcijfers voor de instroom en de promotie van vrouwen.",
        text_en="Set targets for how many women join the company and how many of them are promoted.",
        levers=(Lever.GOVERNANCE, Lever.RECRUITMENT, Lever.DEVELOPMENT),
        audiences=(Audience.SUBTOP, Audience.WORKFORCE),
        actors=(Actor.BOARD, Actor.HR),
        source=_AMBITION,
        source_text="Formuleer streefcijfers voor de instroom en promotie van vrouwen",
    ),
    Recommendation(
        key="ambition.know_your_phase",
        theme=AMBITION,
        text_nl="Wees je als organisatie bewust van de fases die je op dit thema doorloopt.",
        text_en="As an organisation, know the stages you pass through on this subject.",
        levers=(Lever.GOVERNANCE,),
        audiences=(Audience.WORKFORCE,),
        actors=(Actor.ORGANISATION,),
        source=_AMBITION,
        source_text="Wees je als organisatie bewust van de fases die je doorloopt op dit thema",
    ),
    # Recruitment, ontwikkelen en behoud van talent
    Recommendation(
        key="talent.young_professional_programme",
        theme=TALENT,
        text_nl=(
            "Implementeer een young-professionalprogramma met intentional recruitment en een "
            "evenwichtige vertegenwoordiging van vrouwen bij de selectie."
        ),
        text_en=(
            "Start a young professionals programme built on deliberate (intentional) "
            "recruitment, with a balanced share of women among those selected."
        ),
        levers=(Lever.RECRUITMENT, Lever.DEVELOPMENT),
        audiences=(Audience.WORKFORCE, Audience.PIPELINE),
        actors=(Actor.HR,),
        source=_TALENT,
        source_text=(
            "Implementeer een Young professional program Intentional recruitment met een "
            "evenwichtige vrouwenvertegenwoordiging bij de selectie"
        ),
    ),
    Recommendation(
        key="talent.selection_committee_women",
        theme=TALENT,
        text_nl=(
            "Zorg voor een goede vertegenwoordiging van vrouwen in de selectiecommissie voor "
            "topbenoemingen."
        ),
        text_en=(
            "Make sure women are well represented on the committee that selects candidates for "
            "top appointments."
        ),
        levers=(Lever.RECRUITMENT,),
        audiences=(Audience.BESTUUR, Audience.RVC, Audience.SUBTOP),
        actors=(Actor.SELECTION_COMMITTEE, Actor.RVC, Actor.BOARD),
        source=_TALENT,
        source_text=(
            "Zorg binnen de selectiecommissie voor topbenoemingen voor een goede "
            "vertegenwoordiging van vrouwen"
        ),
    ),
    Recommendation(
        key="talent.inclusiveness_competence",
        theme=TALENT,
        text_nl="Neem inclusiviteit mee als kerncompetentie bij het aanstellen van leiders.",
        text_en="When appointing leaders, count inclusiveness as one of the core competences.",
        levers=(Lever.RECRUITMENT, Lever.CULTURE),
        audiences=(Audience.BESTUUR, Audience.SUBTOP),
        actors=(Actor.SELECTION_COMMITTEE, Actor.HR),
        source=_TALENT,
        source_text="Neem inclusiviteit mee als kerncompetentie bij het aanstellen van leiders.",
    ),
    # Heb aandacht voor het onderwijssysteem
    Recommendation(
        key="education.youth_and_technology",
        theme=EDUCATION,
        text_nl=(
            "Heb aandacht voor het opleiden van jongeren en voor het aantrekkelijk maken van "
            "techniek."
        ),
        text_en="Pay attention to training young people and to making technology appealing.",
        levers=(Lever.EDUCATION,),
        audiences=(Audience.PIPELINE,),
        actors=(Actor.ORGANISATION,),
        source=_EDUCATION,
        source_text=("Heb aandacht voor het opleiden van jongeren en aantrekkelijk maken techniek"),
    ),
    Recommendation(
        key="education.women_operational_roles",
        theme=EDUCATION,
        text_nl="Stimuleer vrouwen in operationele functies.",
        text_en="Encourage women to work in operational positions.",
        levers=(Lever.EDUCATION, Lever.DEVELOPMENT),
        audiences=(Audience.WORKFORCE, Audience.PIPELINE),
        actors=(Actor.ORGANISATION,),
        source=_EDUCATION,
        source_text="Stimuleer vrouwen in operationele functies",
    ),
    Recommendation(
        key="education.stem_vision",
        theme=EDUCATION,
        text_nl="Formuleer een systeemvisie op STEM-onderwijs voor meisjes en vrouwen.",
        text_en="Develop a view of STEM education for girls and women as a whole system.",
        levers=(Lever.EDUCATION,),
        audiences=(Audience.PIPELINE,),
        actors=(Actor.ORGANISATION,),
        source=_EDUCATION,
        source_text="Formuleer een systeemvisie op STEM-onderwijs voor meisjes/vrouwen",
    ),
    Recommendation(
        key="education.girls_day",
        theme=EDUCATION,
        text_nl="Organiseer als organisatie activiteiten rond Girls Day.",
        text_en="Host activities of your own around Girls Day.",
        levers=(Lever.EDUCATION,),
        audiences=(Audience.PIPELINE,),
        actors=(Actor.ORGANISATION,),
        source=_EDUCATION,
        source_text="Organiseer als organisatie activiteiten rondom Girls Day",
    ),
    Recommendation(
        key="education.di_in_leader_hr_training",
        theme=EDUCATION,
        text_nl=(
            "Neem kennis van en aandacht voor D&I ook mee in de opleidingen voor leiders en HR."
        ),
        text_en=(
            "Build knowledge of, and attention to, diversity and inclusion into the training of "
            "leaders and HR staff."
        ),
        levers=(Lever.DEVELOPMENT, Lever.CULTURE),
        audiences=(Audience.BESTUUR, Audience.SUBTOP, Audience.WORKFORCE),
        actors=(Actor.HR, Actor.LEADERS),
        source=_EDUCATION,
        source_text="Neem kennis en aandacht voor D&I ook mee in opleidingen voor leiders/HR",
    ),
    Recommendation(
        key="education.gap_year",
        theme=EDUCATION,
        text_nl=(
            "Maak een tussenjaar voor techniek of zorg mogelijk, waarin jongvolwassenen kunnen "
            "ervaren hoe het is om in deze sector te werken."
        ),
        text_en=(
            "Make a gap year in technology or care possible, so that young adults can find out "
            "what working in the sector is like."
        ),
        levers=(Lever.EDUCATION,),
        audiences=(Audience.PIPELINE,),
        actors=(Actor.ORGANISATION,),
        source=_EDUCATION,
        source_text=(
            "Maak een tussenjaar voor techniek/zorg mogelijk waarbij jongvolwassenen kunnen "
            "ervaren hoe het is om binnen deze sector te werken"
        ),
    ),
    # Zorg voor inbedding in de organisatiecultuur
    Recommendation(
        key="culture.inclusive_workplace",
        theme=CULTURE,
        text_nl="Creëer een inclusieve werkomgeving voor vrouwen.",
        text_en="Build a workplace in which women are included.",
        levers=(Lever.CULTURE, Lever.RETENTION),
        audiences=(Audience.WORKFORCE,),
        actors=(Actor.ORGANISATION, Actor.LEADERS),
        source=_CULTURE,
        source_text="Creëer een inclusieve werkomgeving voor vrouwen",
    ),
    Recommendation(
        key="culture.visible_role_models",
        theme=CULTURE,
        text_nl="Maak vrouwelijke rolmodellen zichtbaar.",
        text_en="Give female role models visibility.",
        levers=(Lever.CULTURE,),
        audiences=(Audience.SUBTOP, Audience.WORKFORCE),
        actors=(Actor.ORGANISATION,),
        source=_CULTURE,
        source_text="Maak vrouwelijke rolmodellen zichtbaar",
    ),
    Recommendation(
        key="culture.not_only_hr",
        theme=CULTURE,
        text_nl="Zorg ervoor dat D&I niet alleen de taak van HR is.",
        text_en="Do not leave diversity and inclusion to the HR department alone.",
        levers=(Lever.CULTURE, Lever.GOVERNANCE),
        audiences=(Audience.WORKFORCE,),
        actors=(Actor.BOARD, Actor.LEADERS, Actor.ORGANISATION),
        source=_CULTURE,
        source_text="Zorg ervoor dat D&I niet alleen de taak van HR is",
    ),
    Recommendation(
        key="culture.recurring_rituals",
        theme=CULTURE,
        text_nl=(
            "Veranker rituelen en terugkerende acties in de organisatie die D&I voortdurend "
            "bespreekbaar en inzichtelijk maken."
        ),
        text_en=(
            "Build rituals and recurring actions into the organisation that keep diversity and "
            "inclusion open to discussion and visible."
        ),
        levers=(Lever.CULTURE,),
        audiences=(Audience.WORKFORCE,),
        actors=(Actor.ORGANISATION, Actor.LEADERS),
        source=_CULTURE,
        source_text=(
            "Incorporeer rituelen/herhaalacties binnen de organisatie die continu D&I "
            "bespreekbaar en inzichtelijk maken"
        ),
    ),
    Recommendation(
        key="culture.targets_and_embedding",
        theme=CULTURE,
        text_nl=(
            "Werk aan een inclusief ecosysteem met aandacht voor D&I: combineer targets met "
            "inbedding in de cultuur."
        ),
        text_en=(
            "Work towards an inclusive ecosystem that attends to diversity and inclusion, "
            "pairing targets with cultural embedding."
        ),
        levers=(Lever.CULTURE, Lever.GOVERNANCE),
        audiences=(Audience.BESTUUR, Audience.RVC, Audience.SUBTOP, Audience.WORKFORCE),
        actors=(Actor.BOARD, Actor.ORGANISATION),
        source=_CULTURE,
        source_text=(
            "Werk aan een inclusief ecosysteem met aandacht voor D&I: combineer targets met "
            "culturele inbedding"
        ),
    ),
    Recommendation(
        key="culture.business_case",
        theme=CULTURE,
        text_nl=(
            "Creëer een voedingsbodem voor D&I binnen het bedrijf en zorg voor begrip van de "
            "voordelen van diversiteit voor het bedrijfsresultaat (klanten, innovatie en "
            "dergelijke)."
        ),
        text_en=(
            "Prepare the ground for diversity and inclusion in the company, and help people see "
            "what diversity brings to business results, for customers, innovation and more."
        ),
        levers=(Lever.CULTURE,),
        audiences=(Audience.WORKFORCE,),
        actors=(Actor.BOARD, Actor.LEADERS),
        source=_CULTURE,
        source_text=(
            "Creëer een voedingsbodem voor D&I binnen het bedrijf; zorg voor begrip van "
            "voordelen diversiteit tbv bedrijfsresultaat (klanten, innovatie etc.)"
        ),
    ),
    Recommendation(
        key="culture.keep_talking",
        theme=CULTURE,
        text_nl="Blijf voortdurend met elkaar in gesprek over dit thema.",
        text_en="Keep the conversation about this subject going, continuously.",
        levers=(Lever.CULTURE,),
        audiences=(Audience.WORKFORCE,),
        actors=(Actor.ORGANISATION,),
        source=_CULTURE,
        source_text="Blijf voortdurend met elkaar in gesprek op dit thema",
    ),
    Recommendation(
        key="culture.be_vulnerable",
        theme=CULTURE,
        text_nl="Wees kwetsbaar: je kunt niet meteen alles oplossen.",
        text_en="Dare to show vulnerability: not everything can be solved at once.",
        levers=(Lever.CULTURE,),
        audiences=(Audience.BESTUUR, Audience.SUBTOP),
        actors=(Actor.BOARD, Actor.LEADERS),
        source=_CULTURE,
        source_text="Wees kwetsbaar, je kunt niet meteen alles oplossen",
    ),
    # Niet praten over, maar mét
    Recommendation(
        key="participation.involve_those_concerned",
        theme=PARTICIPATION,
        text_nl=(
            "Betrek, om vooruitgang te boeken op D&I, ook de mensen om wie het in de "
            "besluitvorming en de programma's gaat."
        ),
        text_en=(
            "To make progress on diversity and inclusion, also involve the people whom the "
            "decisions and programmes are about."
        ),
        levers=(Lever.CULTURE, Lever.GOVERNANCE),
        audiences=(Audience.WORKFORCE,),
        actors=(Actor.BOARD, Actor.HR, Actor.LEADERS),
        source=_PARTICIPATION,
        source_text=(
            "Betrek voor het boeken van progressie op het thema D&I ook degene die de "
            "besluitvorming en programma’s betreft."
        ),
    ),
    Recommendation(
        key="participation.ask_women",
        theme=PARTICIPATION,
        text_nl=(
            "Wil je meer vrouwen aan de top? Vraag vrouwen wat zij nodig hebben om daar te komen."
        ),
        text_en="Want more women at the top? Ask women what they need to get there.",
        levers=(Lever.DEVELOPMENT,),
        audiences=(Audience.BESTUUR, Audience.SUBTOP),
        actors=(Actor.LEADERS, Actor.HR),
        source=_PARTICIPATION,
        source_text="Meer vrouwen aan de top? Vraag wat de vrouw nodig heeft om daar te komen",
    ),
    Recommendation(
        key="participation.women_codecide_targets",
        theme=PARTICIPATION,
        text_nl="Laat vrouwen meebeslissen over streefcijfers en plannen.",
        text_en="Give women a say in setting the targets and the plans.",
        levers=(Lever.GOVERNANCE,),
        audiences=(Audience.BESTUUR, Audience.RVC, Audience.SUBTOP),
        actors=(Actor.BOARD, Actor.RVC),
        source=_PARTICIPATION,
        source_text="Laat vrouwen meebeslissen over streefcijfers en plannen",
    ),
    # Pak mogelijke drempels t.a.v. diversiteit en inclusie aan
    Recommendation(
        key="barriers.vr_bias_training",
        theme=BARRIERS,
        text_nl="Bied bias-trainingen met VR-brillen aan.",
        text_en="Offer training on bias that uses virtual-reality headsets.",
        levers=(Lever.BARRIERS,),
        audiences=(Audience.SUBTOP, Audience.WORKFORCE),
        actors=(Actor.HR,),
        source=_BARRIERS,
        source_text="Biedt bias-trainingen met VR-brillen aan",
    ),
    Recommendation(
        key="barriers.reversed_monitoring",
        theme=BARRIERS,
        text_nl="Maak gebruik van reversed monitoring.",
        text_en="Apply reversed monitoring.",
        levers=(Lever.BARRIERS,),
        audiences=(Audience.BESTUUR, Audience.SUBTOP, Audience.WORKFORCE),
        actors=(Actor.LEADERS,),
        source=_BARRIERS,
        source_text="Maak gebruik van reversed monitoring",
    ),
    Recommendation(
        key="barriers.childcare_misconduct",
        theme=BARRIERS,
        text_nl=(
            "Heb binnen de organisatie aandacht voor mogelijke barrières voor diversiteit en "
            "inclusie, zoals problemen rond kinderopvang en grensoverschrijdend gedrag."
        ),
        text_en=(
            "Watch for obstacles to diversity and inclusion inside the organisation, such as "
            "difficulties with childcare and inappropriate behaviour."
        ),
        levers=(Lever.BARRIERS, Lever.RETENTION),
        audiences=(Audience.WORKFORCE,),
        actors=(Actor.ORGANISATION, Actor.HR),
        source=_BARRIERS,
        source_text=(
            "Heb binnen de organisatie aandacht voor eventuele barrières ten aanzien van "
            "diversiteit en inclusie, zoals uitdagingen rondom kinderopvang en "
            "grensoverschrijdend gedrag"
        ),
    ),
    Recommendation(
        key="barriers.part_time_work",
        theme=BARRIERS,
        text_nl="Maak parttime werken mogelijk.",
        text_en="Allow people to work part-time.",
        levers=(Lever.BARRIERS, Lever.RETENTION),
        audiences=(Audience.SUBTOP, Audience.WORKFORCE),
        actors=(Actor.ORGANISATION, Actor.HR),
        source=_BARRIERS,
        source_text="Maak parttime werken mogelijk",
    ),
)

# -- the document's introduction and closing lines: source information, not recommendations ------

SOURCE_INFORMATION: SourceInformation = SourceInformation(
    title=TITLE,
    publisher=PUBLISHER,
    date=SESSION_DATE,
    event="Aanpak genderdiversiteit in de (sub)top",
    introduction_nl=(
        "Sinds 1 januari 2022 geldt in Nederland de Wet ingroeiquotum en streefcijfers, de "
        "'Diversiteitswet'. Die verplicht de circa 5.000 grote vennootschappen streefcijfers en "
        "plannen van aanpak op te stellen en de m/v-verhoudingen jaarlijks aan de SER te "
        "rapporteren; de SER heeft de wettelijke taak die rapportage te faciliteren en de "
        "resultaten van bedrijven zichtbaar te maken. Op 24 september 2024 spraken bestuurders "
        "en vertegenwoordigers van bedrijven uit de chemische en technologische sector tijdens "
        "de dialoogbijeenkomst 'Aanpak genderdiversiteit in de (sub)top' over hun aanpak van "
        "streefcijfers en plannen van aanpak. Het document zet de belangrijkste inzichten op een "
        "rij die de bedrijven met hun branche willen delen."
    ),
    introduction_en=(
        "Since 1 January 2022 the Netherlands has had the Wet ingroeiquotum en streefcijfers, "
        "known as the 'Diversity Act'. It requires the roughly 5,000 large companies to draw up "
        "targets and plans of action and to report their ratio of men to women to the SER every "
        "year; the SER's statutory task is to facilitate that reporting and to make companies' "
        "results visible. At the dialogue session 'Aanpak genderdiversiteit in de (sub)top' on "
        "24 September 2024, directors and representatives of companies in the chemical and "
        "technology sector discussed how they go about targets and plans of action. The "
        "document lists the main insights these companies want to share with their industry."
    ),
    portal="www.diversiteitsportaal.nl",
    portal_url="http://www.diversiteitsportaal.nl",
    helpdesk=Helpdesk(
        topics_nl=(
            "vragen over het diversiteitsportaal, de rapportage en de Wet ‘ingroeiquotum en "
            "streefcijfers’"
        ),
        topics_en=(
            "questions about the diversity portal, the reporting and the Wet ingroeiquotum en "
            "streefcijfers"
        ),
        days_nl="maandag tot en met vrijdag",
        days_en="Monday to Friday",
        opens=time(8, 0),
        closes=time(18, 0),
        phone="070 - 2002 532",
    ),
)

# -- advice: which recommendations answer which finding, and why --------------------------------
# The first row whose rule, verdict and (if given) organ kinds match a finding applies.

ADVICE: tuple[AdviceRule, ...] = (
    AdviceRule(
        key="quota.balance",
        rule="quota.balance",
        verdict=Verdict.NOT_COMPLIANT,
        recommendations=(
            "talent.selection_committee_women",
            "ambition.sustain_progress",
            "ambition.adapt_failing_policy",
        ),
        reason_nl=(
            "De raad voldoet niet aan het ingroeiquotum: elk geslacht moet ten minste een derde "
            "van de zetels hebben, en zolang dat niet zo is, is een benoeming die de verhouding "
            "niet evenwichtiger maakt nietig. De takeaways over de selectie voor topbenoemingen, "
            "over blijvende aandacht en over het bijstellen van beleid dat niet werkt, helpen de "
            "volgende vacatures evenwichtig te vervullen."
        ),
        reason_en=(
            "The board does not meet the quota: each sex must hold at least a third of the "
            "seats, and until it does, an appointment that does not make the ratio more balanced "
            "is void. The takeaways on selecting for top appointments, on sustained attention "
            "and on reworking policy that is not working help fill the next vacancies in a "
            "balanced way."
        ),
    ),
    AdviceRule(
        key="quota.appointment",
        rule="quota.appointment",
        verdict=Verdict.NOT_COMPLIANT,
        recommendations=("talent.selection_committee_women", "ambition.adapt_failing_policy"),
        reason_nl=(
            "De benoeming is nietig: de raad voldeed niet aan het ingroeiquotum en de benoeming "
            "maakte de verhouding tussen mannen en vrouwen niet evenwichtiger. Bij de volgende "
            "voordracht helpen een selectiecommissie met een goede vertegenwoordiging van vrouwen "
            "en een bijgesteld beleid."
        ),
        reason_en=(
            "The appointment is void: the board did not meet the quota and the appointment did "
            "not make the ratio of men to women more balanced. For the next nomination, a "
            "selection committee on which women are well represented helps, and so does "
            "reworking the policy that led to this choice."
        ),
    ),
    AdviceRule(
        key="targets.present.subtop",
        rule="targets.present",
        verdict=Verdict.NOT_COMPLIANT,
        organs=(OrganKind.SUBTOP,),
        recommendations=(
            "ambition.split_staff_core_roles",
            "ambition.inflow_promotion_targets",
            "participation.women_codecide_targets",
            "ambition.start_listen_adjust",
        ),
        reason_nl=(
            "Er is geen streefcijfer voor deze subtopcategorie. De takeaways raden aan de "
            "ambities uit te splitsen naar staf- en kernfuncties, streefcijfers te stellen voor "
            "de instroom en promotie van vrouwen, vrouwen daarover mee te laten beslissen, en "
            "gewoon te beginnen."
        ),
        reason_en=(
            "There is no target for this subtop category. The takeaways advise splitting the "
            "ambitions between staff and core roles, setting targets for the inflow and "
            "promotion of women, giving women a say in them, and simply making a start."
        ),
    ),
    AdviceRule(
        key="targets.present",
        rule="targets.present",
        verdict=Verdict.NOT_COMPLIANT,
        recommendations=("ambition.start_listen_adjust", "participation.women_codecide_targets"),
        reason_nl=(
            "Er is geen streefcijfer voor dit orgaan. De takeaways raden aan te beginnen en bij "
            "te sturen waar nodig, en vrouwen mee te laten beslissen over streefcijfers en "
            "plannen."
        ),
        reason_en=(
            "There is no target for this organ. The takeaways advise making a start and "
            "adjusting along the way, and giving women a say in targets and plans."
        ),
    ),
    AdviceRule(
        key="targets.ambitious",
        rule="targets.ambitious",
        verdict=Verdict.NOT_COMPLIANT,
        recommendations=(
            "participation.women_codecide_targets",
            "ambition.inflow_promotion_targets",
            "ambition.sustain_progress",
        ),
        reason_nl=(
            "Het streefcijfer is niet ambitieus genoeg om de verhouding tussen mannen en vrouwen "
            "evenwichtiger te maken. De takeaways raden aan vrouwen mee te laten beslissen over "
            "streefcijfers, streefcijfers te stellen voor de instroom en promotie van vrouwen, "
            "en te blijven inzetten op vooruitgang."
        ),
        reason_en=(
            "The target is not ambitious enough to make the ratio of men to women more "
            "balanced. The takeaways advise giving women a say in the targets, setting targets "
            "for the inflow and promotion of women, and staying focused on progress."
        ),
    ),
    AdviceRule(
        key="targets.progress",
        rule="targets.progress",
        verdict=Verdict.NOT_COMPLIANT,
        recommendations=(
            "ambition.start_listen_adjust",
            "ambition.adapt_failing_policy",
            "participation.ask_women",
            "barriers.childcare_misconduct",
        ),
        reason_nl=(
            "Het streefcijfer is in het beoogde jaar niet gehaald. De takeaways raden aan bij te "
            "sturen, beleid dat niet lukt passend te maken, vrouwen te vragen wat zij nodig "
            "hebben om de top te bereiken, en drempels zoals problemen rond kinderopvang en "
            "grensoverschrijdend gedrag aan te pakken."
        ),
        reason_en=(
            "The target was not reached by the year set for it. The takeaways advise correcting "
            "course, reworking policy that is not succeeding, asking women what they need to "
            "reach the top, and tackling barriers such as childcare difficulties and "
            "inappropriate behaviour."
        ),
    ),
    AdviceRule(
        key="targets.flow",
        rule="targets.flow",
        verdict=Verdict.NOT_COMPLIANT,
        recommendations=(
            "ambition.inflow_promotion_targets",
            "ambition.split_staff_core_roles",
            "talent.young_professional_programme",
        ),
        reason_nl=(
            "Er is geen streefcijfer voor de instroom of de promotie van vrouwen. De takeaways "
            "raden aan zulke streefcijfers te formuleren, de ambities uit te splitsen naar staf- "
            "en kernfuncties, en de instroom te voeden met een young-professionalprogramma met "
            "een evenwichtige selectie."
        ),
        reason_en=(
            "There is no target for the inflow or the promotion of women. The takeaways advise "
            "setting such targets, splitting the ambitions between staff and core roles, and "
            "feeding the inflow with a young professionals programme that selects a balanced "
            "share of women."
        ),
    ),
    AdviceRule(
        key="plan.present",
        rule="plan.present",
        verdict=Verdict.NOT_COMPLIANT,
        recommendations=(
            "ambition.start_listen_adjust",
            "ambition.know_your_phase",
            "culture.targets_and_embedding",
            "participation.involve_those_concerned",
        ),
        reason_nl=(
            "Er is geen plan van aanpak om de streefcijfers te halen. De takeaways raden aan te "
            "beginnen en bij te sturen, je bewust te zijn van de fase waarin de organisatie zit, "
            "streefcijfers te combineren met inbedding in de cultuur, en de mensen om wie het "
            "gaat erbij te betrekken."
        ),
        reason_en=(
            "There is no plan of action to reach the targets. The takeaways advise making a "
            "start and adjusting along the way, knowing which stage the organisation is at, "
            "pairing targets with cultural embedding, and involving the people concerned."
        ),
    ),
    AdviceRule(
        key="reporting.works_council",
        rule="reporting.works_council",
        verdict=Verdict.NOT_COMPLIANT,
        recommendations=(
            "ambition.works_council_reporting",
            "participation.involve_those_concerned",
        ),
        reason_nl=(
            "De ondernemingsraad is niet betrokken bij de rapportage over diversiteit. De "
            "takeaways raden aan de OR daarbij te betrekken, en ook de mensen om wie het in de "
            "besluiten en programma's gaat."
        ),
        reason_en=(
            "The works council was not involved in the diversity reporting. The takeaways "
            "advise involving it, and also the people whom the decisions and programmes are "
            "about."
        ),
    ),
)

# -- words for rendering: (Dutch, English) -------------------------------------------------------

LABELS: Mapping[Enum, tuple[str, str]] = {
    Lever.RECRUITMENT: ("werving en selectie", "recruitment and selection"),
    Lever.DEVELOPMENT: ("ontwikkeling en doorstroom", "development and promotion"),
    Lever.RETENTION: ("behoud", "retention"),
    Lever.CULTURE: ("cultuur en inclusie", "culture and inclusion"),
    Lever.EDUCATION: ("onderwijs en instroom", "education and the pipeline"),
    Lever.BARRIERS: ("drempels", "barriers"),
    Lever.GOVERNANCE: ("sturing en monitoring", "governance and monitoring"),
    Audience.BESTUUR: ("bestuur", "management board"),
    Audience.RVC: ("raad van commissarissen", "supervisory board"),
    Audience.SUBTOP: ("subtop", "subtop"),
    Audience.WORKFORCE: ("hele personeelsbestand", "whole workforce"),
    Audience.PIPELINE: ("onderwijs en instroom", "education and the pipeline"),
    Actor.BOARD: ("bestuur", "management board"),
    Actor.RVC: ("raad van commissarissen", "supervisory board"),
    Actor.HR: ("HR", "HR"),
    Actor.WORKS_COUNCIL: ("ondernemingsraad", "works council"),
    Actor.SELECTION_COMMITTEE: ("selectiecommissie", "selection committee"),
    Actor.LEADERS: ("leidinggevenden", "leaders"),
    Actor.ORGANISATION: ("hele organisatie", "whole organisation"),
}

WORDS: Mapping[str, tuple[str, str]] = {
    "levers": ("Hefbomen", "Levers"),
    "concerns": ("betreft", "concerns"),
    "who": ("wie", "who"),
    "source": ("Bron", "Source"),
    "session": ("dialoogbijeenkomst van", "dialogue session of"),
    "none": ("geen", "none"),
    "no_recommendations": ("Geen aanbevelingen.", "No recommendations."),
    "no_advice": ("Geen advies.", "No advice."),
    "plan_summary": (
        "Het plan dekt {levers} van de {lever_count} hefbomen en {themes} van de {theme_count} "
        "thema's.",
        "The plan covers {levers} of the {lever_count} levers and {themes} of the {theme_count} "
        "themes.",
    ),
    "levers_covered": ("Gedekte hefbomen", "Levers covered"),
    "levers_missing": ("Ontbrekende hefbomen", "Levers missing"),
    "themes_covered": ("Gedekte thema's", "Themes covered"),
    "themes_missing": ("Ontbrekende thema's", "Themes missing"),
    "missing_lever": ("Ontbrekende hefboom", "Missing lever"),
    "missing_theme": ("Ontbrekend thema", "Missing theme"),
    "finding": ("Bevinding", "Finding"),
    "why": ("Waarom", "Why"),
}

MONTHS_NL: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
MONTHS_EN: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
