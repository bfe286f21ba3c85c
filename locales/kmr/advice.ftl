# Advice text for issue 13, Northern Kurdish (Kurmanji). See locales/en/advice.ftl.

## New questions

q-lawyer = Ji bo doza we ya penaberiyê parêzerekî we heye?
    .short = Parêzer
    .why = Parêzer dikare îmkanên we kontrol bike û li dadgehê alîkariya we bike.
q-detention = Hûn niha di girtinê de ne?
    .short = Girtin
    .why = Di girtinê de mafê we yê parêzerekî heye. Wê demê alîkariya bilez girîng e.
q-minor-alone = Hûn ji 18 salî biçûktir in û bê dê û bavê xwe li Holandayê ne?
    .short = Di bin 18 salî de, bê dê û bav
    .why = Zarokên bi tenê wasiyek digirin û mafên wan ên taybet hene.
q-child-stateless = Yek ji zarokên we li Holandayê bê hemwelatî hatiye dinê?
    .short = Zarokê li vir bê hemwelatî hatiye dinê
    .why = Dibe ku zarokekî wisa bikare bibe Holandî.
q-new-start-opt-travel-only = Tenê alîkarî ji bo rêwîtiyê û belgeyên rêwîtiyê

## New urgent notes

urgent-detention = Girtin: niha alîkariya hiqûqî bistînin
    .what = Parêzerek û wergêrek ji we re tê dayîn. Parêzerê we dikare li dadgehê îtîraz bike. Dadgeh kontrol dike ka girtina we qanûnî ye an na.
    .next = Îro parêzerê xwe bixwazin. VluchtelingenWerk dikare alîkariya we bike ku hûn bigihîjin wî.
urgent-appeal-unknown = Îro dema xwe ya îtirazê kontrol bikin
    .what = Di nameyê de heye ka 1 hefte an 4 hefteyên we hene. Her du dîrok li jêr in. Îtiraz ji we re tiştekî naxe.
    .next = Nameyê bixwînin an îro ji parêzerekî bipirsin. Heta ku hûn bizanin, dîroka herî zû bigirin.
urgent-appeal-late = Dema îtirazê belkî derbas bûye
    .what = Piştî biryarê herî zêde 4 hefteyên we ji bo îtirazê hene. Carinan îtiraza dereng hîn tê qebûlkirin.
    .next = Îro bi parêzerekî re têkilî daynin. Ew dikare binêre ka çi hîn gengaz e.
urgent-interim-measure = Diviya bû hûn tavilê biçin, û dibe ku îtirazek berdewam be
    .what = Bi dema 0 rojan, dibe ku îtiraz dersînorkirina we ranegire. Hûn dikarin ji dadgehê bixwazin ku hûn li vir li benda biryara wê bimînin.
    .next = Îro ji parêzerê xwe bixwazin ku tedbîreke demkî (voorlopige voorziening) daxwaz bike.
urgent-no-lawyer = Hûn dikarin parêzerekî bistînin
    .what = Di dozên penaberiyê de Raad voor Rechtsbijstand parêzeran amade dike. Bipirsin ka divê hûn tiştekî bidin an na.
    .next = Ji VluchtelingenWerk bixwazin ku alîkariya we bike parêzerekî bibînin. Vê zû bikin.
urgent-minor-alone = Zarokên bi tenê wasiyek wan heye: Nidos
    .what = Hûn ji 18 salî biçûktir in û li vir bê dê û bavê xwe ne? Wê demê Nidos wasiyê we ye. Wasiyê we di her biryarê de alîkariya we dike.
    .next = Bi wasiyê xwe yê li Nidos re têkilî daynin. VluchtelingenWerk dikare di vê de alîkariya we bike.
urgent-departure-unknown = Fêr bibin ka dema we ya derketinê hîn berdewam e
    .what = Di nameya we de heye ka çiqas dema we ji bo derketinê heye: pir caran 28 roj, carinan 0 roj. Piştî îtirazê, ji biryara dadgehê tê hejmartin.
    .next = Ji VluchtelingenWerk an parêzerê xwe bixwazin ku nameyê bi we re bixwînin.

## New points

point-stress-support = Stres, tirs an xemgînî piştî redkirinê pir caran çêdibin. Bijîşk dikare we ji bo alîkariya derûnî bişîne.
point-before-you-decide = Berî ku hûn biryarê bidin, bi şêwirmendekî re biaxivin. Ew guhdariya we dike, û hûn her dem dikarin ramana xwe biguherînin.
point-options-to-stay = Heke hûn bixwazin vegerin jî, baş e ku hûn rêyên mayînê nas bikin. Kontrol belaş e.
point-no-fault-dtv = We hîn bi DT&V re neaxiviye. Ji bo vê destûrê, divê hûn pêşî ji DT&V alîkariya derketinê bixwazin.
point-child-stateless = Zarokekî bê dewlet ku li Holandayê ji dayik bûye carinan dikare bibe Holandî. Merc hişk in: divê parêzerek wan kontrol bike.
point-erso-refer = Li vî welatî hevkarek nayê naskirin. Wê demê VluchtelingenWerk we dişîne IOM an rêxistineke din a vegerê.
point-iom-withdraw = Heke hûn bi IOM re biçin, hûn daxuyaniyekê îmze dikin. Bi wê, her prosedûrek ku hîn li Holandayê ya we heye diqede. Heta wê demê hûn dikarin fikra xwe biguherin.
point-iom-excluded = IOM alîkariya kesên hin hemwelatiyan nake, mînak ji welatên Yekîtiya Ewropayê û hin welatên pir dewlemend. Ji IOM an VluchtelingenWerk bipirsin.
point-iom-documents = IOM dikare alîkariya we bike ku hûn belgeyeke rêwîtiyê bistînin.
point-iom-visa-free = Mirovên ji welatê we ji bo serdanên kurt ên Ewropayê hewceyê vîzeyê nînin. Ji ber vê yekê piştgiriya hikûmetê ji bo destpêkirina ji nû ve piştî vegerê ji we re vekirî nîne. Dibe ku IOM dîsa jî di rêwîtiyê de alîkarî bike. Ji IOM an VluchtelingenWerk bipirsin.
point-iom-own-ticket = Hûn dikarin pereyê rêwîtiyê bi xwe bidin. Wê demê IOM bilêtê nade, lê dibe ku bi rêyeke din alîkarî bike. Ji IOM an VluchtelingenWerk bipirsin.

## Deadlines

deadline-appeal-1w = Heke 1 hefteya we ji bo îtirazê hebe, roja dawî { $date } e.
    .passed = Ev dîrok derbas bûye. Îro bi parêzerekî re têkilî daynin: carinan îtiraza dereng hîn gengaz e.
deadline-appeal-4w = Heke 4 hefteyên we ji bo îtirazê hebin, roja dawî { $date } e.
    .passed = Ev dîrok derbas bûye. Îro bi parêzerekî re têkilî daynin: carinan îtiraza dereng hîn gengaz e.
deadline-departure = Dema we ya derketinê belkî di { $date } de diqede. Dîrokê di nameya xwe de kontrol bikin.
    .passed = Ev dîrok derbas bûye. Dema we ya derketinê belkî qediyaye. Niha ji VluchtelingenWerk li ser mafên xwe bipirsin.

## Protection signals

signal-fear = We negot ku hûn ji vegerê natirsin.
signal-trafficking = We behsa nîşanên îstismarê ji me re kir.
signal-minor-alone = Dibe ku hûn ji 18 salî biçûktir bin û li vir bê dê û bavê xwe bin.

## Notice

notice-embassy-fear = Ne mecbûr e ku hûn bi balyozxaneya xwe re têkilî daynin. Heke hûn ji rayedarên welatê xwe ditirsin, ji VluchtelingenWerk re bibêjin.

## Result

advice-danger = Niha di xeterê de ne? Li 112 bigerin. Hûn li ser dawîanîna jiyana xwe difikirin? Şev û roj li 113 bigerin.
advice-confirm = Hin agahiyên li vir li ser rûpela weşanger bi xwe nehatin kontrolkirin. Ji VluchtelingenWerk bixwazin ku wan piştrast bike.
advice-confirm-card = Ji VluchtelingenWerk bixwazin ku vê piştrast bike. Qanûn û dîrok dikarin biguherin.
advice-held-back = Niha nayê pêşniyarkirin, ji ber ku:
advice-fact-source = Çavkanî: { $publisher }, "{ $title }". Di { $checked } de hat kontrolkirin: { $url }

## Date field

date-readback = We nivîsand: { $date }, { $ago }.
date-ago = { $days ->
    [0] îro
    [1] duh
   *[other] { $days } roj berê
}
error-date-too-early = Ev dîrok pir kevn e. Salê kontrol bikin, û rêza roj û mehê.

## Referral

ref-nidos = Nidos
    .offer = Wasiyê zarokên di bin 18 salî de yên ku bê dê û bavê xwe li Holandayê ne.
    .how = Ji wasiyê xwe bipirsin, an herin malperê.

## Sources and contacts: what a source line says, and what each contact shares

advice-fact-source-dated = Çavkanî: { $publisher }, "{ $title }", { $published }. Di { $checked } de hat kontrolkirin: { $url }
referral-through-vwn = Bi rêya VluchtelingenWerk
result-links-note = Girêdanek malperek din vedike. Ew serdan di dîroka geroka vê telefonê de dimîne, û derketina bilez nikare wê jê bibe. Her navnîşan bi tevahî jî hatiye nivîsîn, da ku hûn wê li ser amûrek din binivîsin.
info-checked-until = Agahî heta { $date } hatine kontrolkirin.
referral-vwn-shares = VluchtelingenWerk serbixwe ye û beşdarî vegera bi zorê nabe. Ji wan bipirsin ka çi dinivîsin û çi didin kesên din.
referral-lawyer-shares = Raad voor Rechtsbijstand pereyê parêzerê we dide û belgeyên doza we distîne. Ji parêzerê xwe bipirsin ka çi din parve dike.
referral-erso-shares = Rêxistineke hevkar li welatê we planên we dizane û heta salekê bi we re di têkiliyê de dimîne. Pereyê projeyê DT&V (dezgeha vegerê ya hikûmetê) dide. Bipirsin ka çi tê şandin.
referral-iom-shares = IOM dibêje axaftinên we veşartî ne. IOM bernameya vegerê ji bo DT&V (dezgeha vegerê ya hikûmetê) bi rê ve dibe. Dema hûn diçin, hûn daxuyaniyekê îmze dikin ku prosedûrên we li Holandayê diqedîne.
referral-ros-shares = Pereyê alîkariya vegerê ya ROS DT&V (dezgeha vegerê ya hikûmetê) dide. Ji wan bipirsin ka derbarê we de çi ji DT&V re dibêjin.
referral-wereldwijd-shares = Pereyê alîkariya vegerê ya WereldWijd DT&V (dezgeha vegerê ya hikûmetê) dide. Ji wan bipirsin ka derbarê we de çi ji DT&V re dibêjin.
referral-comensha-shares = CoMensha her qurbaniyek bazirganiya mirovan ku tê ragihandin tomar dike. Hejmaran tenê bê nav dişîne.
referral-nidos-shares = Wekî serperişt, Nidos ji nêz ve bi DT&V û COA re dixebite dema vegera zarokekî tenê tê amadekirin.
referral-line113-shares = Hûn dikarin bê nav li 113 bigerin an bi wan re çet bikin.
referral-emergency112-shares = Telefonên ji 112 re tên tomarkirin. Karmend polîs, agirkuj an ambulansê dişîne.
referral-dvdw-shares = Ji wan bipirsin ka çi bi kesên din re parve dikin.
referral-cak-shares = Ne hûn, lê doktor an nexweşxaneya we fatûreyê ji CAK re dişîne, ku ofîseke hikûmetê ye.
