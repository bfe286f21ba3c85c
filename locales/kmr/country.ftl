# Agahiyên welat û «Bi aramî fikirîn», Kurmancî.

## Karta welat

country-card-title = Agahî li ser { $country }
country-card-intro = Tiştê ku li ser rewşa vî welatî tê zanîn, û ji ku tê. Ev agahî ye, ne şîreta hiqûqî ye.
country-card-checked = Li ba her agahiyê heye ka em cara dawî kengî lê nêrîn. Tişt dikarin biguherin. VluchtelingenWerk ya herî nû dizane.
country-card-vwn-explains = VluchtelingenWerk dikare ji te re rave bike ka ev belge ji bo te tê çi wateyê.
country-card-return-later = Piştgiriya ji bo vegerê bi rewşa te ve girêdayî ye. Pirs an VluchtelingenWerk dikarin bêtir ji te re bibêjin.
country-card-checked-on = Di { $date } de hat kontrolkirin.
country-card-primary = Çavkanî: weşanger bi xwe.
country-card-secondary = Çavkanî: kopiyek an kurteyek. Ji VluchtelingenWerk bixwaze ku wê piştrast bike.
country-summary-include = Van agahiyên welat li kurteyê zêde bike
country-card-source = Ev ji ku tê

country-sec-situation = Danasînên fermî yên rewşê
country-sec-procedure = Qaîdeyên Holandayê ji bo vî welatî
country-sec-stay = Derfetên mayînê
country-sec-return = Piştgirî heke tu vegerê hilbijêrî
country-sec-practical = Xalên pratîk ku bipirsî

country-kind-ambtsbericht = Rapora welat a Wezareta Karên Derve ya Holandayê (algemeen ambtsbericht)
country-kind-euaa-guidance = Rêbernameya welat a Ajansa Penaberiyê ya YE
country-kind-euaa-coi = Raporên welat ên Ajansa Penaberiyê ya YE
country-kind-unhcr = Helwesta UNHCR, rêxistina penaberan a NY
country-kind-safe-country = Lîsteya Holandayê ya welatên eslê ewle
country-kind-moratorium = Rawestandina biryaran û vegerandina bi zorê
country-kind-erso = Hevkarê ji nû ve entegrasyonê (tora ERSO)
country-kind-iom = IOM
country-kind-return-org = Rêxistinên din ên vegerê
country-kind-travel-documents = Belgeyên rêwîtiyê ji balyozxaneyê

country-pub-bz = Wezareta Karên Derve ya Holandayê
country-pub-jenv = Wezareta Dad û Ewlehiyê ya Holandayê
country-pub-euaa = Ajansa Penaberiyê ya YE (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM
country-pub-brief = kurteya çavkaniyên vê projeyê

country-fact-doc = Ya herî nû ku me dît: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Ya herî nû ku me dît: raporek ji { $publisher }, { $date }. Me sernavê wê yê rast nedît.
country-fact-unknown = Em nizanin. Ji { $ask } bipirse.
country-fact-safe-listed = Di wê lîsteyê de ye ku me dît, ya { $date }. Mirovên ji van welatan pir caran prosedureke bileztir digirin. Dema derketinê dikare kurt be, heta 0 roj. Pir caran li Holandayê nikare li encama îtîrazê were sekinandin. Sedemên te yên xwe hîn jî girîng in.
country-fact-safe-suspended = Di wê lîsteyê de ye ku me dît, ya { $date }. Lê ev niha hatiye rawestandin. Prosedura bileztir ji bo vî welatî nayê bikaranîn.
country-fact-safe-not-listed = Ne di wê lîsteyê de ye ku me dît, ya { $date }.
country-fact-moratorium-past = Ji { $date } ve Holandayê ji bo vî welatî biryar û vegerandina bi zorê demkî rawestand. Em nizanin ka ev hîn derbasdar e. Ji VluchtelingenWerk bipirse.
country-fact-erso-past = Di projeyên berê de ({ $years }) li wir rêxistineke hevkar hebû. VluchtelingenWerk hevkarê niha piştrast dike.
country-fact-iom-limited = Dibe ku IOM niha nikaribe di vegera vî welatî de alîkariyê bike. Ji IOM an VluchtelingenWerk bipirse.
country-fact-iom-basic = Bernameya bingehîn a vegerê ya IOM dikare alîkariyê bike: bilêt, alîkarî ji bo belgeyên rêwîtiyê û hinek pere. Şert hene. Ji IOM bipirse ka ji bo vî welatî dixebite.
country-fact-iom-visa-free = Mirovên ji vî welatî ji bo serdanên kurt ên Ewropayê ne hewceyî vîzeyê ne. Ji ber vê dibe ku piştgiriya IOM ji wan re nebe. Ji IOM bipirse.
country-fact-return-org-general = Rêxistinên din jî di vegerê de alîkariyê dikin, wek ROS û WereldWijd. Ji VluchtelingenWerk bipirse ka kîjan bi vî welatî re dixebite.
country-fact-return-org = { $name } di vegera vî welatî de alîkariyê dike. Pêşî li ser wê ji VluchtelingenWerk bipirse.

country-stay-check = Piştî redkirinê jî dibe ku hîn derfetên mayînê hebin. Kontroleke hiqûqî bi VluchtelingenWerk û parêzerekî li wan dinêre.
country-stay-points = Wek mînak: rastiyên nû, tenduristiya te, malbata te li vir, an welatekî ku te qebûl nake.

## Agahî li ser welatekî, ji ekrana destpêkê

country-info-open = Agahî li ser welatekî
country-info-intro = Welatekî hilbijêre. Ne hewce ye ku tu bersiva tu pirsan bidî. Tiştek nayê tomarkirin.
country-info-choose = Welat
country-info-pick = Welatekî hilbijêre
country-info-back = Vegere destpêkê

## Bi aramî fikirîn

consider-open = Bi aramî fikirîn
consider-intro = Rûpeleke aram ji bo ku tu bijartina xwe bi leza xwe binirxînî. Ev ne ceribandin e. Bersivên rast an şaş tune ne.
consider-how = Tenê di serê xwe de an li ser kaxezê bersiv bide. Sepan tiştekî tomar nake.
consider-topic-safety = Ma tu dê li wir ewle bî? Tu ji çi bi fikar î?
consider-topic-family-there = Li wir kî ji bo te heye? Malbat, heval?
consider-topic-family-here = Tu dê li vir kê li pey xwe bihêlî?
consider-topic-housing = Tu dê li ku bijî?
consider-topic-income = Tu dê çawa debara xwe bikî?
consider-topic-health = Tenduristî û dermanên te li wir dê çawa bin?
consider-topic-documents = Ma belgeyên ku hewceyê te ne, li cem te hene?
consider-topic-support = Tu dikarî çi piştgiriyê bistînî, li vir û li wir?
consider-topic-ask-first = Tu dixwazî pêşî çi ji VluchtelingenWerk bibihîzî?
consider-told = Tiştê ku te ji me re got:
consider-notes = Notên te:
consider-change-mind = Tu dikarî her dem ramana xwe biguherînî. Heta piştî axaftina bi IOM an VluchtelingenWerk re.
consider-valid = Niha venegerîn jî bijardeyeke pejirandî ye.
consider-print = Wek pelê xebatê çap bike
consider-print-lang = Zimanê duyem li ser pelê xebatê
consider-print-none = Tenê ev ziman
consider-back = Vegere encamê
