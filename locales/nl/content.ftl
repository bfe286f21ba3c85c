# Inhoud van de vragenlijst, Nederlands. De ids komen uit content/questionnaire.toml
# (zie de opmerking bovenaan dat bestand). Eenvoudige taal: korte zinnen, één idee per zin.

## Gedeelde antwoordopties

opt-yes = Ja
opt-no = Nee
opt-not-sure = Ik weet het niet zeker
opt-prefer-not = Dat zeg ik liever niet
opt-dont-know = Ik weet het niet
opt-other = Anders
opt-none = Geen van deze

## Procedure

q-decision-when = Welke datum staat op de brief waarin staat dat je asielaanvraag is afgewezen?
    .short = Datum van het besluit
    .why = Sommige termijnen tellen vanaf deze datum. Neem de datum die op de brief staat, niet de dag dat je hem kreeg.
q-decision-when-opt-lt-1w = Minder dan 1 week geleden
q-decision-when-opt-w1-4 = 1 tot 4 weken geleden
q-decision-when-opt-m1-3 = 1 tot 3 maanden geleden
q-decision-when-opt-gt-3m = Meer dan 3 maanden geleden

q-appeal = Ben jij of is je advocaat in beroep gegaan tegen het besluit?
    .short = Beroep
    .why = Een beroep bij de rechter kan veranderen wat er daarna gebeurt.
q-appeal-opt-not-yet = Nee, nog niet
q-appeal-opt-running = Ja, en de rechter heeft nog niet beslist
q-appeal-opt-lost = Ja, en de rechter zei nee

q-appeal-term = Hoeveel tijd geeft je brief je om in beroep te gaan?
    .short = Tijd om in beroep te gaan
    .why = De tijd om in beroep te gaan is kort. In je brief staat hoe lang.
q-appeal-term-opt-one-week = 10 dagen of minder (bijvoorbeeld 1 week)
q-appeal-term-opt-four-weeks = 2 weken of meer (bijvoorbeeld 4 weken)

q-dublin = Staat in de brief dat een ander Europees land je aanvraag moet behandelen?
    .short = Ander Europees land verantwoordelijk (Dublin)
    .why = Dan gelden er andere regels en andere termijnen.

q-departure = Je hebt tijd gekregen om Nederland te verlaten (de vertrektermijn). Loopt die tijd nog?
    .short = Vertrektermijn
    .why = Als deze tijd voorbij is, stopt je opvang vaak ook.
q-departure-opt-running = Ja, die loopt nog
q-departure-opt-ended = Nee, die is voorbij
q-departure-opt-zero-days = Ik moest meteen weg (0 dagen)

q-entry-ban = Heb je een inreisverbod gekregen?
    .short = Inreisverbod
    .why = Met een inreisverbod mag je een aantal jaren niet terugkomen naar Europa.

q-dtv-contact = Heb je gesprekken over vertrek gehad met de DT&V? (De DT&V is de terugkeerdienst van de Nederlandse overheid.)
    .short = Gesprekken met de DT&V
    .why = Deze gesprekken zijn belangrijk voor sommige manieren om te blijven.
q-dtv-contact-opt-several = Ja, meerdere keren
q-dtv-contact-opt-once = Ja, één keer

q-reception = Waar slaap je nu?
    .short = Waar je slaapt
    .why = We willen weten of je een veilige plek hebt om te slapen.
q-reception-opt-coa = In een COA-locatie (asielopvang)
q-reception-opt-vbl = In het vertrekcentrum (VBL) in Ter Apel
q-reception-opt-family-location = In een gezinslocatie
q-reception-opt-municipal = In een nachtopvang van de gemeente
q-reception-opt-friends = Bij vrienden of familie
q-reception-opt-street = Op straat, of ik heb geen vaste plek

## Angst bij terugkeer

q-fear = Ben je bang voor wat er met je gebeurt als je teruggaat naar je land?
    .short = Angst om terug te gaan
    .why = Niemand mag worden teruggestuurd naar gevaar. Je antwoord bepaalt wat we eerst laten zien.

q-fear-of = Waar ben je bang voor? Je kunt meer dan één antwoord kiezen.
    .short = Waar je bang voor bent
    .why = Zo kan een begeleider nog eens naar je verhaal kijken.
q-fear-of-opt-persecution = Vervolgd worden, bijvoorbeeld om mijn overtuiging, mijn afkomst of om wie ik ben
q-fear-of-opt-inhuman = Gemarteld of wreed behandeld worden
q-fear-of-opt-authorities = De politie, het leger of de overheid
q-fear-of-opt-group = Een groep, een bende of een familie
q-fear-of-opt-war = Oorlog of geweld in mijn streek

q-understood = Heb je het gevoel dat je asielverhaal is begrepen?
    .short = Of je verhaal is begrepen
    .why = Zo niet, dan kan het helpen om nog eens naar je verhaal te kijken.
q-understood-opt-partly = Voor een deel

q-new-facts = Is er iets veranderd sinds het besluit? Je kunt meer dan één antwoord kiezen.
    .short = Wat er veranderd is sinds het besluit
    .why = Nieuwe feiten kunnen een reden zijn voor een nieuwe aanvraag.
q-new-facts-opt-country-changed = De situatie in mijn land is slechter geworden
q-new-facts-opt-lgbti = Ik kan nu zeggen dat ik lesbisch, homo, biseksueel, trans of intersekse ben
q-new-facts-opt-conversion = Ik heb een ander geloof gekozen
q-new-facts-opt-political = Ik ben politiek actief geworden
q-new-facts-opt-documents = Ik heb nieuwe documenten
q-new-facts-opt-witnesses = Ik heb nieuwe getuigen gevonden

## Gezondheid en veiligheid

q-health = Past een van deze dingen nu bij jou? Je kunt meer dan één antwoord kiezen.
    .short = Gezondheid
    .why = Ziekte of zwangerschap kan een reden zijn om je vertrek uit te stellen.
q-health-opt-serious-illness = Ik ben ernstig ziek en ik word behandeld
q-health-opt-pregnant = Ik ben zwanger
q-health-opt-tb = Ik word behandeld voor tuberculose (tbc)
q-health-opt-mental = Ik heb veel stress, angst of verdriet

q-doctor = Kun je naar een dokter als dat nodig is?
    .short = Toegang tot een dokter
    .why = Iedereen in Nederland heeft recht op noodzakelijke medische zorg.

q-crisis = Denk je er soms aan om een einde aan je leven te maken?
    .short = Gedachten om een einde aan je leven te maken
    .why = Zo ja, dan laten we zien waar je nu hulp kunt krijgen, dag en nacht.
q-crisis-opt-often = Ja, vaak
q-crisis-opt-sometimes = Ja, soms

q-unsafe-now = Voel je je onveilig op de plek waar je nu bent?
    .short = Je nu onveilig voelen
    .why = Jouw veiligheid gaat voor alles.

q-trafficking = Heeft iemand een van deze dingen met jou gedaan? Je kunt meer dan één antwoord kiezen.
    .short = Signalen van uitbuiting
    .why = Slachtoffers van mensenhandel hebben in Nederland speciale rechten.
q-trafficking-opt-debt = Liet me een schuld betalen die ik niet kan afbetalen
q-trafficking-opt-forced-work = Dwong me om te werken of om dingen te doen die ik niet wilde
q-trafficking-opt-documents-taken = Pakte mijn paspoort of papieren af
q-trafficking-opt-controlled = Bepaalt waar ik heen ga en wie ik zie

## Gezin

q-children = Heb je kinderen onder de 18 bij je in Nederland?
    .short = Kinderen bij je
    .why = Kinderen hebben eigen rechten, bijvoorbeeld op opvang en op school.

q-school = Gaan je kinderen naar school?
    .short = School
    .why = Elk kind vanaf 5 jaar moet naar school, met of zonder papieren.
q-school-opt-some = Sommige wel
q-school-opt-too-young = Ze zijn jonger dan 5 jaar

q-family-nl = Heb je familie in Nederland met een Nederlands paspoort of een verblijfsvergunning? Je kunt meer dan één antwoord kiezen.
    .short = Familie in Nederland
    .why = Door familiebanden kun je soms recht hebben om te blijven.
q-family-nl-opt-dutch-child = Een kind met een Nederlands paspoort
q-family-nl-opt-partner = Een man, vrouw of partner
q-family-nl-opt-other-family = Andere familie

## Documenten en land

q-documents = Heb je een paspoort of een ander reisdocument?
    .short = Reisdocument
    .why = Dit is belangrijk voor elke keuze: blijven, wachten of teruggaan.
q-documents-opt-valid = Ja, en het is nog geldig
q-documents-opt-expired = Ja, maar het is verlopen
q-documents-opt-no-document = Nee
q-documents-opt-held = De Nederlandse overheid heeft het

q-embassy = Heb je de ambassade van je land om een reisdocument gevraagd?
    .short = Contact met de ambassade
    .why = Als je land je niet binnenlaat, is er misschien een manier om te blijven.
q-embassy-opt-refused = Ja, en ze zeiden nee
q-embassy-opt-no-answer = Ja, maar ze gaven geen antwoord
q-embassy-opt-in-progress = Ja, en ik wacht nog
q-embassy-opt-not-tried = Nee, nog niet

q-nationality = Ziet een land jou als burger van dat land?
    .short = Nationaliteit
    .why = Mensen zonder nationaliteit (staatlozen) kunnen andere rechten hebben.
q-nationality-opt-one-country = Ja
q-nationality-opt-stateless = Nee, ik ben staatloos
q-nationality-opt-unsure = Ik weet het niet zeker

q-country = Uit welk land kom je?
    .short = Land
    .why = Hulp en veiligheid zijn per land anders.

## Wat je wilt

q-wants = Wat wil je nu het liefst doen?
    .short = Wat je nu wilt
    .why = We laten de steun zien die past bij wat je wilt. Jij beslist.
q-wants-opt-stay = Ik wil proberen in Nederland te blijven
q-wants-opt-unsure = Ik weet het nog niet
q-wants-opt-talk = Ik wil eerst met iemand praten
q-wants-opt-return-thinking = Ik denk erover om terug te gaan
q-wants-opt-return-decided = Ik heb besloten om terug te gaan

q-new-start = Wat zou je helpen om opnieuw te beginnen? Je kunt meer dan één antwoord kiezen.
    .short = Wat helpt bij een nieuwe start
    .why = Hiermee kan de steun na terugkeer worden gepland.
q-new-start-opt-work = Werk
q-new-start-opt-business = Een klein bedrijf beginnen
q-new-start-opt-education = Onderwijs of een opleiding
q-new-start-opt-housing = Een plek om te wonen
q-new-start-opt-medical = Medische zorg
q-new-start-opt-family = Contact met familie

q-family-origin = Heb je familie of vrienden in je land die je kunnen helpen?
    .short = Familie of vrienden in je land
    .why = Steun na terugkeer kan ook gaan over weer contact met hen.

q-past-return = Heeft IOM of de overheid je in de afgelopen 5 jaar al eens geholpen om terug te gaan?
    .short = Eerder hulp bij terugkeer
    .why = Dit kan uitmaken voor de hulp die IOM kan geven.

q-can-pay = Kun je de reis zelf betalen?
    .short = De reis betalen
    .why = Kun je dat niet? Dan kan de reis voor je worden betaald.

## Dringende punten

urgent-crisis = Je hoeft dit niet alleen te dragen
    .what = Praat nu met iemand. 113 Zelfmoordpreventie is gratis en anoniem, dag en nacht.
    .next = Bel 113 (gratis) of chat op 113.nl. Je kunt het ook vertellen aan een begeleider van VluchtelingenWerk.
urgent-unsafe = Jouw veiligheid gaat voor alles
    .what = Ben je nu in gevaar? Bel dan 112.
    .next = Ga naar een veilige plek als dat kan. Vertel een medewerker van VluchtelingenWerk wat er is gebeurd.
urgent-appeal-short = Je tijd voor beroep is kort
    .what = In je brief staat hoeveel dagen je hebt, te tellen vanaf het besluit. Sinds 12 juni 2026 kan die tijd korter zijn dan vroeger. Beroep kost je niets.
    .next = Neem vandaag nog contact op met een advocaat. Heb je geen advocaat? Dan kan VluchtelingenWerk je helpen om er een te vinden.
urgent-appeal-long = Kijk hoeveel tijd je hebt voor beroep
    .what = In je brief staat hoeveel tijd je hebt, te tellen vanaf het besluit. Sinds 12 juni 2026 kan die tijd korter zijn dan vroeger. Beroep kost je niets.
    .next = Neem nu contact op met een advocaat. Heb je er geen, dan helpt VluchtelingenWerk je er een te vinden.
urgent-departure-running = Je vertrektermijn loopt
    .what = Het besluit gaf je tijd om te vertrekken, vaak 28 dagen. Die tijd telt vanaf het besluit als je geen beroep hebt ingesteld, of als je beroep uitzetting niet tegenhoudt. Anders telt hij vanaf de uitspraak van de rechter. Of vanaf de uitspraak over een voorlopige voorziening, als die eerder komt. Opvang door het COA gaat in die tijd meestal door.
    .next = Praat met VluchtelingenWerk over je mogelijkheden, voordat deze tijd voorbij is.
urgent-departure-over = Je tijd om te vertrekken is voorbij
    .what = De opvang kan stoppen, en je kunt worden gevraagd te vertrekken. Wie niet op tijd vertrekt, kan een inreisverbod voor Europa krijgen van maximaal 5 jaar, of langer na misdrijven.
    .next = Praat snel met VluchtelingenWerk of een advocaat over je rechten en je mogelijkheden.
urgent-dublin = Misschien is een ander Europees land verantwoordelijk
    .what = Vanaf 1 juli 2026 gelden hiervoor nieuwe Europese regels. Is je aanvraag vóór 1 juli 2026 geregistreerd? Dan bepalen de oude Dublinregels nog welk land verantwoordelijk is. Er kunnen termijnen gelden.
    .next = Vraag VluchtelingenWerk of je advocaat welke regels en datums voor jou gelden.
urgent-trafficking = Misschien ben je slachtoffer van mensenhandel
    .what = Zijn er signalen dat je slachtoffer bent van mensenhandel? Dan moet de politie je tot 3 maanden bedenktijd geven. In die tijd word je niet weggestuurd.
    .next = Neem contact op met CoMensha of VluchtelingenWerk. Doe je aangifte bij de politie, dan geldt die ook als aanvraag voor een vergunning. De vergunning duurt zo lang als het strafrechtelijk onderzoek.
urgent-shelter-family = Gezinnen met kinderen hebben recht op opvang
    .what = Gezinnen met kinderen onder de 18 kunnen naar een gezinslocatie.
    .next = Vraag VluchtelingenWerk vandaag nog om je te helpen opvang te regelen.
urgent-shelter = Een veilige plek om te slapen
    .what = Sommige gemeenten hebben nog nachtopvang, maar niet alle gemeenten. De regels zijn per gemeente anders.
    .next = Vraag VluchtelingenWerk of ROS welke opvang er voor jou is.
urgent-medical = Je hebt recht op medische zorg
    .what = Iedereen mag naar de dokter, ook zonder papieren. Zorg is niet altijd gratis. Kun je niet betalen, dan kan de dokter de kosten bij het CAK declareren. Niet elk ziekenhuis of elke apotheek werkt met het CAK.
    .next = Ga naar een huisarts. Dokters van de Wereld kan je helpen om er een te vinden.
urgent-school = School is open voor elk kind
    .what = Elk kind in Nederland heeft recht op school, ook zonder papieren. Vanaf 5 jaar moet een kind naar school.
    .next = Vraag VluchtelingenWerk of de gemeente om je te helpen een school te vinden.

## Routes

route-conversation = Een gesprek over het besluit
    .what = Een medewerker van VluchtelingenWerk luistert naar je. Samen kijken jullie naar het besluit en naar je vragen. De medewerker kan je een second opinion geven.
    .next = Maak een afspraak met VluchtelingenWerk. Je kunt je brieven meenemen.
route-flight-story = Nog een keer kijken naar je asielverhaal
    .what = Een medewerker gaat samen met jou opnieuw door je verhaal (een vluchtverhaalanalyse). Dit helpt om na te gaan dat je niet naar gevaar wordt teruggestuurd. Het kan je ook helpen om het besluit te begrijpen en te verwerken.
    .next = Vraag VluchtelingenWerk om een vluchtverhaalanalyse. Neem je besluit en de verslagen van je gehoren mee, als je die hebt.
route-legal-check = Een check van je mogelijkheden om te blijven of om je vertrek uit te stellen
    .what = VluchtelingenWerk en een advocaat kijken of er een manier is om te blijven, of om later te vertrekken.
    .next = Vraag VluchtelingenWerk om een check. Praat met een advocaat voordat je een nieuwe procedure begint.
route-reintegration = Steun om na terugkeer je leven weer op te bouwen (ERSO)
    .what = Besluit je zelf om terug te gaan? Dan kan VluchtelingenWerk je terugkeer voorbereiden, samen met een partnerorganisatie in je land. Samen maken jullie een plan, bijvoorbeeld voor werk, een klein bedrijf, school of een woning. De steun kan tot een jaar doorgaan.
    .next = Vraag VluchtelingenWerk of er een partner is in jouw land. Neem de tijd om te beslissen. Je kunt van gedachten veranderen.
route-iom = Terugkeer met hulp van IOM
    .what = IOM kan je ticket regelen, je helpen met reisdocumenten en je helpen bij aankomst. Soms is er extra steun om opnieuw te beginnen. De gesprekken zijn vertrouwelijk.
    .next = Neem contact op met IOM of vraag het aan VluchtelingenWerk. IOM kijkt of je aan de voorwaarden voldoet.
route-return-orgs = Andere organisaties die helpen bij terugkeer
    .what = Sommige organisaties bieden cursussen, of gereedschap om na terugkeer aan het werk te gaan.
    .next = Vraag VluchtelingenWerk welke organisatie het beste bij je past.

## Punten binnen een route

point-higher-appeal = De rechter zei nee. Misschien kun je nog in hoger beroep gaan bij de Raad van State. De tijd hiervoor is kort.
point-new-application = Nieuwe feiten kunnen een reden zijn voor een nieuwe asielaanvraag. Praat eerst met een advocaat.
point-no-fault = Laat je land je niet toe? Dan kun je misschien een buitenschuldvergunning krijgen. Vraag eerst de DT&V om je te helpen vertrekken. Lukt dat niet en ligt dat niet aan jou, dan kan de DT&V de IND adviseren de vergunning te geven. Je identiteit en nationaliteit moeten duidelijk zijn. Hij is moeilijk te krijgen.
point-medical-postponement = Ben jij of iemand uit je gezin te ziek om te reizen? Dan kan vertrek worden uitgesteld (artikel 64). Jij of je advocaat moet dit aan de IND vragen, ook bij zwangerschap of behandeling voor tbc.
point-statelessness = Heb je geen nationaliteit? Dan kan de rechtbank in Den Haag vaststellen dat je staatloos bent. Je hebt hiervoor een advocaat nodig, en er zijn griffiekosten.
point-family-ties = Een ouder die zorgt voor een Nederlands kind, of iemand met naaste familie hier, heeft misschien recht om te blijven.
point-trafficking-permit = Slachtoffers van mensenhandel kunnen bedenktijd krijgen, en soms een vergunning.
point-erso-partner = Vroeger was er een partnerorganisatie in dit land. VluchtelingenWerk kan je vertellen of die er nu is.
point-new-start-plan = In je plan kan komen wat volgens jou zou helpen.
point-family-support = In je plan kan ook staan hoe je weer contact krijgt met je familie of vrienden.
point-iom-caveat = IOM kan misschien niet helpen bij terugkeer naar dit land. Vraag het aan IOM of VluchtelingenWerk.
point-iom-past-return = Kreeg je in de afgelopen 5 jaar hulp bij terugkeer? Dan kan IOM je misschien niet nog een keer helpen. Vraag het aan IOM of VluchtelingenWerk.
point-iom-ticket = IOM betaalt de reis alleen als je die zelf niet kunt betalen. Vraag het aan IOM of VluchtelingenWerk.

## Verwijzingen

ref-vwn = VluchtelingenWerk Nederland
    .offer = Gratis en onafhankelijk advies, een luisterend oor, een second opinion, hulp bij juridische vragen en bij terugkeer.
    .how = VluchtelingenWerk is actief in elk asielzoekerscentrum (azc): vraag het de medewerkers daar. Anders: ga naar de website.
ref-lawyer = Een advocaat (via de Raad voor Rechtsbijstand)
    .offer = Een advocaat voor asielzaken, geregeld via de Raad voor Rechtsbijstand.
    .how = VluchtelingenWerk kan je helpen om een advocaat te vinden.
ref-erso = ERSO-netwerk
    .offer = Partnerorganisaties in landen van herkomst die mensen helpen om hun leven weer op te bouwen.
    .how = Vraag het aan VluchtelingenWerk. Zij nemen voor jou contact op met de partner.
ref-iom = IOM Nederland
    .offer = Hulp bij vrijwillige terugkeer: ticket, reisdocumenten, hulp bij aankomst en soms steun om opnieuw te beginnen.
    .how = Neem contact op met IOM via de website, of vraag het aan VluchtelingenWerk.
ref-ros = ROS Rotterdam
    .offer = Een juridische check, toegang tot medische zorg, noodopvang en hulp om na te denken over je toekomst.
    .how = Vraag VluchtelingenWerk om je met hen in contact te brengen.
ref-wereldwijd = WereldWijd (Limburg)
    .offer = Cursussen en een gereedschapskist om na terugkeer aan het werk te gaan.
    .how = Vraag VluchtelingenWerk om je met hen in contact te brengen.
ref-comensha = CoMensha
    .offer = Landelijk centrum voor slachtoffers van mensenhandel.
    .how = Neem contact op met CoMensha via de website, of vraag het aan VluchtelingenWerk.
ref-line113 = 113 Zelfmoordpreventie
    .offer = Praat met iemand over gedachten om een einde aan je leven te maken. Gratis, anoniem, dag en nacht.
    .how = Bel of chat.
ref-emergency112 = Alarmnummer 112
    .offer = Politie, ambulance en brandweer bij een noodgeval.
    .how = Bel 112.
ref-dvdw = Dokters van de Wereld
    .offer = Hulp om een huisarts te vinden en om zonder papieren medische zorg te krijgen.
    .how = Ga naar de website, of vraag het aan VluchtelingenWerk.
ref-cak = CAK-regeling
    .offer = Dokters en ziekenhuizen worden via deze regeling betaald als jij niet kunt betalen.
    .how = Je hoeft zelf niets te doen. Vertel de dokter dat je niet verzekerd bent.
