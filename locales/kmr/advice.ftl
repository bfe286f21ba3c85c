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
    .what = Di nameya we de nivîsandî ye ka çiqas wextê we heye. Ji 12ê Hezîrana 2026an ve ev dem dibe ku ji berê kurttir be: carinan tenê çend roj. Îtiraz ji we re tiştekî nake mesref.
    .next = Nameyê bixwînin, an îro ji parêzerekî an ji VluchtelingenWerk bipirsin. Heta ku hûn nizanin, dema herî kurt bingeh bigirin.
urgent-appeal-late = Dema îtirazê belkî derbas bûye
    .what = Dema îtirazê ji roja biryarê tê hesibandin û herî zêde 1 meh e. Carinan îtiraza dereng hîn tê qebûlkirin.
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
    .what = Di nameya we de nivîsandî ye ka ji bo derketinê çiqas wextê we heye: pir caran 28 roj, carinan 0 roj. Heke we îtiraz nekiribe, an îtiraza we derxistinê ranewestîne, dem ji roja biryarê tê hesibandin. Wekî din, ji biryara dadgehê tê hesibandin.
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
point-iom-visa-free = Mirovên ji welatê we ji bo serdana Holendayê ne hewcedarî vîzeyê ne. Dibe ku IOM dîsa jî di rêwîtiyê de alîkariyê bike, lê piştgiriya zêde ji bo destpêkeke nû ji we re ne vekirî ye. Ji IOM an VluchtelingenWerk bipirsin.
point-iom-own-ticket = Hûn dikarin pereyê rêwîtiyê bi xwe bidin. Wê demê IOM bilêtê nade, lê dibe ku bi rêyeke din alîkarî bike. Ji IOM an VluchtelingenWerk bipirsin.
point-trafficking-if-ever = Heke carekê kesek we neçar bike ku hûn bixebitin, kaxezên we ji we bigire an bibêje ku hûn deyndarê wî ne, hûn dikarin alîkariyê bistînin. Bi CoMensha (comensha.nl) an VluchtelingenWerk re têkilî daynin.
point-minor-alone-if-ever = Zarokên di bin 18 salî de yên ku bê dê û bavê xwe li Holendayê ne, li Nidos wasiyek wan heye. Heke ev ji bo we derbas dibe, VluchtelingenWerk dikare alîkariya we bike ku hûn bigihîjin Nidos.
point-reintegration-visa-free = Mirovên ji welatê we ji bo serdana Holendayê ne hewcedarî vîzeyê ne. Ji ber vê yekê piştgiriya ji nû ve entegrasyonê ya ku hikûmeta Holendayê didê, ji we re ne vekirî ye. Ev ji bo VluchtelingenWerk, rêxistinên din û IOM derbas dibe. VluchtelingenWerk dîsa jî dikare bi we re li ser vegera we biaxive.
point-reintegration-past-return = Heke we di 5 salên dawî de alîkariya vegerê girtibe, ev piştgirî bi gelemperî dîsa ji we re ne vekirî ye. VluchtelingenWerk dikare ji we re bibêje ka çi hîn gengaz e.
point-return-orgs-not-open = Ev rêxistin ji bo piştgiriya ji nû ve entegrasyonê qaîdeyên hikûmeta Holendayê dişopînin. Li gorî bersivên we, dibe ku piştgiriya wan ji we re ne vekirî be. Ji VluchtelingenWerk bipirsin.
point-iom-dublin = Dibe ku welatekî din ê Ewropayê ji serlêdana we ya penaberiyê berpirsiyar be (Dublin). Wê demê ne diyar e ka IOM dikare alîkariya vegera we bike an na. Ji IOM an parêzerê xwe bipirsin.
point-iom-ukraine = Di sala 2017an de IOM piştgiriya vegerê ji bo mirovên ji Ukraynayê rawestand. Nayê zanîn ka ev hîn derbas dibe an na. Ji IOM an VluchtelingenWerk bipirsin.

## Deadlines

deadline-appeal-1w = Heke 1 hefteya we ji bo îtirazê hebe, roja dawî { $date } e.
    .passed = Ev dîrok derbas bûye. Îro bi parêzerekî re têkilî daynin: carinan îtiraza dereng hîn gengaz e.
    .between = Heke 1 hefteya we ji bo îtirazê hebe, roja dawî di navbera { $from } û { $to } de ye.
    .unsure = Dibe ku roja dawî derbas bûbe. Îro bi parêzerekî re têkilî daynin.
    .gone = Heke 1 hefteya we ji bo îtirazê hebûya, ew dem belkî derbas bûye. Îro bi parêzerekî re têkilî daynin: carinan îtiraza dereng hîn gengaz e.
    .unknown = Heke 1 hefteya we ji bo îtirazê hebe, roja dawî 1 hefte piştî dîroka biryarê ye. Ew dîrok di nameya we de ye.
deadline-appeal-4w = Heke 4 hefteyên we ji bo îtirazê hebin, roja dawî { $date } e.
    .passed = Ev dîrok derbas bûye. Îro bi parêzerekî re têkilî daynin: carinan îtiraza dereng hîn gengaz e.
    .between = Heke 4 hefteyên we ji bo îtirazê hebin, roja dawî di navbera { $from } û { $to } de ye.
    .unsure = Dibe ku roja dawî derbas bûbe. Îro bi parêzerekî re têkilî daynin.
    .gone = Heke 4 hefteyên we ji bo îtirazê hebûna, ew dem belkî derbas bûye. Îro bi parêzerekî re têkilî daynin: carinan îtiraza dereng hîn gengaz e.
    .unknown = Heke 4 hefteyên we ji bo îtirazê hebin, roja dawî 4 hefte piştî dîroka biryarê ye. Ew dîrok di nameya we de ye.
deadline-appeal-pact-5d = Prosedûra kurt: roja dawî ya îtirazê dibe ku herî zû { $date } be. Roja rast di nameya we de ye.
    .passed = Ev roja herî zû ya gengaz derbas bûye. Niha li nameya xwe binêrin, û îro bi parêzerekî re têkilî daynin.
    .between = Prosedûra kurt: roja dawî ya îtirazê dibe ku herî zû rojek di navbera { $from } û { $to } de be. Roja rast di nameya we de ye.
    .unsure = Dibe ku roja dawî derbas bûbe. Îro bi parêzerekî re têkilî daynin.
    .gone = Prosedûra kurt: dema îtirazê belkî derbas bûye. Îro bi parêzerekî re têkilî daynin: carinan îtiraza dereng hîn gengaz e.
    .unknown = Prosedûra kurt: roja dawî ya îtirazê dibe ku tenê 5 roj piştî dîroka biryarê be. Roja rast di nameya we de ye.
deadline-appeal-pact-2w = Rewşên din: roja dawî ya îtirazê dibe ku herî zû { $date } be. Roja rast di nameya we de ye.
    .passed = Ev roja herî zû ya gengaz derbas bûye. Niha li nameya xwe binêrin, û îro bi parêzerekî re têkilî daynin.
    .between = Rewşên din: roja dawî ya îtirazê dibe ku herî zû rojek di navbera { $from } û { $to } de be. Roja rast di nameya we de ye.
    .unsure = Dibe ku roja dawî derbas bûbe. Îro bi parêzerekî re têkilî daynin.
    .gone = Rewşên din: dema îtirazê belkî derbas bûye. Îro bi parêzerekî re têkilî daynin: carinan îtiraza dereng hîn gengaz e.
    .unknown = Rewşên din: roja dawî ya îtirazê dibe ku tenê 2 hefte piştî dîroka biryarê be. Roja rast di nameya we de ye.
deadline-departure = Dema we ya derketinê belkî di { $date } de diqede. Dîrokê di nameya xwe de kontrol bikin.
    .passed = Ev dîrok derbas bûye. Dema we ya derketinê belkî qediyaye. Niha ji VluchtelingenWerk li ser mafên xwe bipirsin.
    .between = Dema we ya derketinê belkî di rojekê de di navbera { $from } û { $to } de diqede. Dîrokê di nameya xwe de kontrol bikin.
    .unsure = Dibe ku dema we ya derketinê qediyabe. Niha ji VluchtelingenWerk li ser mafên xwe bipirsin.
    .gone = Dema we ya derketinê belkî qediyaye. Niha ji VluchtelingenWerk li ser mafên xwe bipirsin.
    .unknown = Dema we ya derketinê 28 roj piştî dîroka biryarê diqede. Ew dîrok di nameya we de ye.
deadline-departure-no-suspend = Heke we îtiraz nekiribe, an îtiraza we derxistinê ranewestîne, dema we ya derketinê belkî di { $date } de diqede. Heke îtiraza we derxistinê rawestîne, dem 28 roj piştî biryara dadgehê diqede.
    .passed = Ev dîrok derbas bûye. Wê demê dibe ku dema we ya derketinê qediyabe. Niha ji VluchtelingenWerk an parêzerê xwe li ser mafên xwe bipirsin.
    .between = Heke we îtiraz nekiribe, an îtiraza we derxistinê ranewestîne, dema we ya derketinê belkî di rojekê de di navbera { $from } û { $to } de diqede. Heke îtiraza we derxistinê rawestîne, dem 28 roj piştî biryara dadgehê diqede.
    .unsure = Wê demê dibe ku dema we ya derketinê qediyabe. Niha ji VluchtelingenWerk an parêzerê xwe li ser mafên xwe bipirsin.
    .gone = Heke we îtiraz nekiribe, an îtiraza we derxistinê ranewestîne, dema we ya derketinê belkî qediyaye. Heke îtiraza we derxistinê rawestîne, dem 28 roj piştî biryara dadgehê diqede. Niha ji VluchtelingenWerk an parêzerê xwe alîkarî bixwazin.
    .unknown = Heke we îtiraz nekiribe, an îtiraza we derxistinê ranewestîne, dema we ya derketinê 28 roj piştî dîroka biryarê diqede. Wekî din, 28 roj piştî biryara dadgehê diqede. Dîrok di nameyan de ne.

## Protection signals

signal-fear = We negot ku hûn ji vegerê natirsin.
signal-trafficking = We negot ku tu nîşanên îstismarê li ser we derbas nabin.
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
