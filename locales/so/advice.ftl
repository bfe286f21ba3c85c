# Advice text for issue 13, Somali. See locales/en/advice.ftl.

## New questions

q-lawyer = Ma leedahay qareen kiiskaaga magangelyada?
    .short = Qareen
    .why = Qareen ayaa hubin kara fursadahaaga oo kaa caawin kara maxkamadda.
q-detention = Ma xiran tahay hadda?
    .short = Xarig
    .why = Marka aad xiran tahay, waxaad xaq u leedahay qareen. Markaas caawimo degdeg ah ayaa muhiim ah.
q-minor-alone = Ma ka yar tahay 18 sano, oo ma joogtaa Nederland adigoon waalidkaa la joogin?
    .short = Ka yar 18, waalid la'aan
    .why = Carruurta keligood ah waxaa loo magacaabaa mas'uul (wasiyo), waxayna leeyihiin xuquuq u gaar ah.
q-child-stateless = Ma jiraa ilmahaaga mid ku dhashay Nederland, isagoo aan dhalasho lahayn?
    .short = Ilmo halkan ku dhashay oo aan dhalasho lahayn
    .why = Ilmahaas waxaa laga yaabaa inuu noqon karo Nederlandes.
q-new-start-opt-travel-only = Kaliya caawimo safarka iyo dukumentiyada safarka

## New urgent notes

urgent-detention = Xarig: hadda hel caawimo sharci
    .what = Waxaa laguu qoondeeyaa qareen iyo turjubaan. Qareenkaagu wuxuu racfaan u qaadan karaa maxkamadda. Maxkamaddu waxay hubisaa in xariggaagu sharci yahay.
    .next = Maanta codso qareenkaaga. VluchtelingenWerk ayaa kaa caawin karta inaad la xiriirto.
urgent-appeal-unknown = Maanta hubi waqtiga racfaanka
    .what = Warqaddaada waxaa ku qoran inta waqti ah ee aad haysato. Laga bilaabo 12 Juun 2026 waqtigani wuu ka gaaban karaa sidii hore: mararka qaar dhowr maalmood oo keliya. Racfaanku wax lacag ah kaama baxo.
    .next = Akhri warqadda, ama maanta weydii qareen ama VluchtelingenWerk. Ilaa aad ka ogaato, u qaado waqtiga ugu gaaban.
urgent-appeal-late = Waqtiga racfaanku waxay u badan tahay inuu dhaafay
    .what = Waqtiga racfaanka waxaa laga tiriyaa taariikhda go'aanka, ugu badnaanna waa 1 bil. Mararka qaar racfaan soo daahay weli waa la aqbalaa.
    .next = Maanta la xiriir qareen. Wuxuu eegi karaa waxa weli suurtagal ah.
urgent-interim-measure = Waxay ahayd inaad isla markiiba tagto, racfaanna waxaa laga yaabaa inuu socdo
    .what = Marka waqtigu yahay 0 maalmood, racfaanku waxaa laga yaabaa inuusan joojin masaafurintaada. Waxaad maxkamadda ka codsan kartaa inaad halkan ku sugto go'aankeeda.
    .next = Maanta ka codso qareenkaaga inuu dalbado tallaabo ku-meel-gaar ah (voorlopige voorziening).
urgent-no-lawyer = Waxaad heli kartaa qareen
    .what = Kiisaska magangelyada, Raad voor Rechtsbijstand ayaa qabanqaabisa qareennada. Weydii inaad wax bixinayso.
    .next = Weydii VluchtelingenWerk inay kaa caawiso helitaanka qareen. Dhaqso u samee.
urgent-minor-alone = Carruurta keligood ah waxay leeyihiin mas'uul: Nidos
    .what = Ma ka yar tahay 18 sano oo halkan ma joogtaa adigoon waalidkaa la joogin? Markaas Nidos ayaa ah mas'uulkaaga. Mas'uulkaagu wuxuu kaa caawiyaa go'aan kasta.
    .next = La xiriir mas'uulkaaga ee Nidos. VluchtelingenWerk ayaa arrintan kaa caawin karta.
urgent-departure-unknown = Hubi in waqtigaaga bixitaanku weli socdo iyo in kale
    .what = Warqaddaada waxaa ku qoran inta waqti ah ee aad u haysato inaad baxdo: inta badan 28 maalmood, mararka qaar 0 maalmood. Haddii aadan racfaan qaadan, ama racfaankaagu uusan joojin masaafurinta, waqtiga waxaa laga tiriyaa taariikhda go'aanka. Haddii kale waxaa laga tiriyaa xukunka maxkamadda.
    .next = Weydii VluchtelingenWerk ama qareenkaaga inay warqadda kula akhriyaan.

## New points

point-stress-support = Walbahaar, cabsi ama murug ayaa caadi ah diidmo kadib. Dhakhtar ayaa kuu gudbin kara caawimo xagga maskaxda ah.
point-before-you-decide = Intaadan go'aan gaarin, kala hadal la-taliye. Wuu ku dhegaystaa, had iyo jeerna waad beddeli kartaa fikirkaaga.
point-options-to-stay = Xitaa haddii aad rabto inaad dib u noqoto, waa wanaagsan tahay inaad ogaato fursadaha joogitaanka. Hubintu waa lacag la'aan.
point-no-fault-dtv = Weli lama aadan hadlin DT&V. Ogolaanshahan, marka hore waa inaad DT&V ka codsataa caawimo bixitaan.
point-child-stateless = Ilmo aan dal lahayn oo ku dhashay Nederland mararka qaar wuxuu noqon karaa muwaadin Nederland ah. Shuruudaha way adag yihiin: qareen ayaa hubin kara.
point-erso-refer = Dalkan lama yaqaan hay'ad wadaag ah. Markaas VluchtelingenWerk waxay kuu gudbisaa IOM ama hay'ad kale oo dib u celin.
point-iom-withdraw = Haddii aad IOM la baxdo, waxaad saxiixdaa qoraal. Isagaa joojinaya habraac kasta oo aad weli ku leedahay Nederland. Ilaa markaas waad beddeli kartaa go'aankaaga.
point-iom-excluded = IOM ma caawiso dadka dhalashooyinka qaarkood, tusaale ahaan dalalka Midowga Yurub iyo dalal aad u hodan ah qaarkood. Weydii IOM ama VluchtelingenWerk.
point-iom-documents = IOM ayaa kaa caawin karta helitaanka dukumenti safar.
point-iom-visa-free = Dadka dalkaaga ka yimaada uma baahna fiiso si ay u booqdaan Nederland. IOM waxaa laga yaabaa inay weli kaa caawiso safarka, laakiin taageerada dheeraadka ah ee bilowga cusub kuuma furna. Weydii IOM ama VluchtelingenWerk.
point-iom-own-ticket = Adigu waad bixin kartaa kharashka safarka. Markaas IOM ma bixiso tigidhka, laakiin waxay ku caawin kartaa si kale. Weydii IOM ama VluchtelingenWerk.
point-trafficking-if-ever = Haddii qof uu weligiis kugu qasbo inaad shaqeyso, uu kaa qaato waraaqahaaga ama uu kuu sheego inuu lacag kugu leeyahay, waxaad heli kartaa caawimaad. La xiriir CoMensha (comensha.nl) ama VluchtelingenWerk.
point-minor-alone-if-ever = Carruurta ka yar 18 sano ee Nederland jooga iyagoon waalidkood la joogin waxay mas'uul ku leeyihiin Nidos. Haddii tani ay adiga khusayso, VluchtelingenWerk ayaa kaa caawin karta inaad la xiriirto Nidos.
point-reintegration-visa-free = Dadka dalkaaga ka yimaada uma baahna fiiso si ay u booqdaan Nederland. Sidaas darteed taageerada dib u dejinta ee ay dowladda Nederland bixiso kuuma furna. Tani waxay khusaysaa VluchtelingenWerk, hay'adaha kale iyo IOM. VluchtelingenWerk wali way kula hadli kartaa dib u noqoshadaada.
point-reintegration-past-return = Haddii aad heshay caawimaad dib u noqosho 5tii sano ee la soo dhaafay, taageeradan badanaa mar kale kuuma furna. VluchtelingenWerk ayaa kuu sheegi karta waxa weli suurtagal ah.
point-return-orgs-not-open = Hay'adahan waxay raacaan xeerarka dowladda Nederland ee taageerada dib u dejinta. Sida jawaabahaagu muujinayaan, taageeradooda waxaa laga yaabaa inaysan kuu furnayn. Weydii VluchtelingenWerk.
point-iom-dublin = Dal kale oo Yurub ah ayaa laga yaabaa inuu mas'uul ka yahay codsigaaga magangelyo (Dublin). Markaas ma cadda in IOM ay kaa caawin karto dib u noqoshada. Weydii IOM ama qareenkaaga.
point-iom-ukraine = Sanadkii 2017 IOM waxay joojisay taageerada dib u noqoshada ee dadka ka yimid Ukraine. Lama oga in arrintaasi weli jirto. Weydii IOM ama VluchtelingenWerk.

## Deadlines

deadline-appeal-1w = Haddii aad haysato 1 toddobaad oo racfaan ah, maalinta ugu dambeysa waa { $date }.
    .passed = Taariikhdani way dhaaftay. Maanta la xiriir qareen: mararka qaar racfaan soo daahay weli waa suurtagal.
    .between = Haddii aad haysato 1 toddobaad oo racfaan ah, maalinta ugu dambeysa waxay u dhexeysaa { $from } iyo { $to }.
    .unsure = Maalinta ugu dambeysa waxaa laga yaabaa inay dhaaftay. Maanta la xiriir qareen.
    .gone = Haddii aad haysatay 1 toddobaad oo racfaan ah, waqtigaas wuxuu u badan yahay inuu dhaafay. Maanta la xiriir qareen: mararka qaar racfaan soo daahay weli waa suurtagal.
    .unknown = Haddii aad haysato 1 toddobaad oo racfaan ah, maalinta ugu dambeysa waa 1 toddobaad kadib taariikhda go'aanka. Taariikhdaas waxay ku qoran tahay warqaddaada.
deadline-appeal-4w = Haddii aad haysato 4 toddobaad oo racfaan ah, maalinta ugu dambeysa waa { $date }.
    .passed = Taariikhdani way dhaaftay. Maanta la xiriir qareen: mararka qaar racfaan soo daahay weli waa suurtagal.
    .between = Haddii aad haysato 4 toddobaad oo racfaan ah, maalinta ugu dambeysa waxay u dhexeysaa { $from } iyo { $to }.
    .unsure = Maalinta ugu dambeysa waxaa laga yaabaa inay dhaaftay. Maanta la xiriir qareen.
    .gone = Haddii aad haysatay 4 toddobaad oo racfaan ah, waqtigaas wuxuu u badan yahay inuu dhaafay. Maanta la xiriir qareen: mararka qaar racfaan soo daahay weli waa suurtagal.
    .unknown = Haddii aad haysato 4 toddobaad oo racfaan ah, maalinta ugu dambeysa waa 4 toddobaad kadib taariikhda go'aanka. Taariikhdaas waxay ku qoran tahay warqaddaada.
deadline-appeal-pact-5d = Habraac gaaban: maalinta ugu dambeysa ee racfaanku waxay noqon kartaa ugu horreyn { $date }. Maalinta saxda ah waxay ku qoran tahay warqaddaada.
    .passed = Maalintan ugu horreysa ee suurtagalka ah way dhaaftay. Hadda eeg warqaddaada, maantana la xiriir qareen.
    .between = Habraac gaaban: maalinta ugu dambeysa ee racfaanku waxay noqon kartaa ugu horreyn maalin u dhexeysa { $from } iyo { $to }. Maalinta saxda ah waxay ku qoran tahay warqaddaada.
    .unsure = Maalinta ugu dambeysa waxaa laga yaabaa inay dhaaftay. Maanta la xiriir qareen.
    .gone = Habraac gaaban: waqtiga racfaanku wuxuu u badan yahay inuu dhaafay. Maanta la xiriir qareen: mararka qaar racfaan soo daahay weli waa suurtagal.
    .unknown = Habraac gaaban: maalinta ugu dambeysa ee racfaanku waxay noqon kartaa 5 maalmood oo keliya kadib taariikhda go'aanka. Maalinta saxda ah waxay ku qoran tahay warqaddaada.
deadline-appeal-pact-2w = Xaaladaha kale: maalinta ugu dambeysa ee racfaanku waxay noqon kartaa ugu horreyn { $date }. Maalinta saxda ah waxay ku qoran tahay warqaddaada.
    .passed = Maalintan ugu horreysa ee suurtagalka ah way dhaaftay. Hadda eeg warqaddaada, maantana la xiriir qareen.
    .between = Xaaladaha kale: maalinta ugu dambeysa ee racfaanku waxay noqon kartaa ugu horreyn maalin u dhexeysa { $from } iyo { $to }. Maalinta saxda ah waxay ku qoran tahay warqaddaada.
    .unsure = Maalinta ugu dambeysa waxaa laga yaabaa inay dhaaftay. Maanta la xiriir qareen.
    .gone = Xaaladaha kale: waqtiga racfaanku wuxuu u badan yahay inuu dhaafay. Maanta la xiriir qareen: mararka qaar racfaan soo daahay weli waa suurtagal.
    .unknown = Xaaladaha kale: maalinta ugu dambeysa ee racfaanku waxay noqon kartaa 2 toddobaad oo keliya kadib taariikhda go'aanka. Maalinta saxda ah waxay ku qoran tahay warqaddaada.
deadline-departure = Waqtigaaga bixitaanku waxay u badan tahay inuu dhammaado { $date }. Ka hubi taariikhda warqaddaada.
    .passed = Taariikhdani way dhaaftay. Waqtigaaga bixitaanku waxay u badan tahay inuu dhammaaday. Hadda weydii VluchtelingenWerk xuquuqdaada.
    .between = Waqtigaaga bixitaanku waxay u badan tahay inuu dhammaado maalin u dhexeysa { $from } iyo { $to }. Ka hubi taariikhda warqaddaada.
    .unsure = Waqtigaaga bixitaanku waxaa laga yaabaa inuu dhammaaday. Hadda weydii VluchtelingenWerk xuquuqdaada.
    .gone = Waqtigaaga bixitaanku waxay u badan tahay inuu dhammaaday. Hadda weydii VluchtelingenWerk xuquuqdaada.
    .unknown = Waqtigaaga bixitaanku wuxuu dhammaadaa 28 maalmood kadib taariikhda go'aanka. Taariikhdaas waxay ku qoran tahay warqaddaada.
deadline-departure-no-suspend = Haddii aadan racfaan qaadan, ama racfaankaagu uusan joojin masaafurinta, waqtigaaga bixitaanku waxay u badan tahay inuu dhammaado { $date }. Haddii racfaankaagu joojiyo masaafurinta, wuxuu dhammaadaa 28 maalmood kadib xukunka maxkamadda.
    .passed = Taariikhdani way dhaaftay. Markaas waqtigaaga bixitaanku waxaa laga yaabaa inuu dhammaaday. Hadda weydii VluchtelingenWerk ama qareenkaaga xuquuqdaada.
    .between = Haddii aadan racfaan qaadan, ama racfaankaagu uusan joojin masaafurinta, waqtigaaga bixitaanku waxay u badan tahay inuu dhammaado maalin u dhexeysa { $from } iyo { $to }. Haddii racfaankaagu joojiyo masaafurinta, wuxuu dhammaadaa 28 maalmood kadib xukunka maxkamadda.
    .unsure = Markaas waqtigaaga bixitaanku waxaa laga yaabaa inuu dhammaaday. Hadda weydii VluchtelingenWerk ama qareenkaaga xuquuqdaada.
    .gone = Haddii aadan racfaan qaadan, ama racfaankaagu uusan joojin masaafurinta, waqtigaaga bixitaanku waxay u badan tahay inuu dhammaaday. Haddii racfaankaagu joojiyo masaafurinta, wuxuu dhammaadaa 28 maalmood kadib xukunka maxkamadda. Hadda caawimo ka codso VluchtelingenWerk ama qareenkaaga.
    .unknown = Haddii aadan racfaan qaadan, ama racfaankaagu uusan joojin masaafurinta, waqtigaaga bixitaanku wuxuu dhammaadaa 28 maalmood kadib taariikhda go'aanka. Haddii kale wuxuu dhammaadaa 28 maalmood kadib xukunka maxkamadda. Taariikhuhu waxay ku qoran yihiin warqadaha.

## Protection signals

signal-fear = Ma aadan sheegin inaadan ka baqayn dib u noqoshada.
signal-trafficking = Ma aadan sheegin in calaamadaha ka faa'iideysiga midna uusan ku khuseyn.
signal-minor-alone = Waxaa laga yaabaa inaad ka yar tahay 18 sano oo aad halkan joogto adigoon waalidkaa la joogin.

## Notice

notice-embassy-fear = Qasab kuma aha inaad la xiriirto safaaraddaada. Haddii aad ka baqayso masuuliyiinta dalkaaga, u sheeg VluchtelingenWerk.

## Result

advice-danger = Hadda khatar ma ku jirtaa? Wac 112. Ma ka fikiraysaa inaad naftaada dhamayso? Wac 113, habeen iyo maalin.
advice-confirm = Xaqiiqooyinka qaar halkan laguma hubin karin bogga daabacaha laftiisa. Ka codso VluchtelingenWerk inay xaqiijiso.
advice-confirm-card = Weydii VluchtelingenWerk inay tan xaqiijiso. Xeerarka iyo taariikhuhu way isbeddeli karaan.
advice-held-back = Hadda lama soo jeedinayo, sababtoo ah:
advice-fact-source = Isha: { $publisher }, "{ $title }". La hubiyay { $checked }: { $url }

## Date field

date-readback = Waxaad gelisay: { $date }, { $ago }.
date-ago = { $days ->
    [0] maanta
    [1] shalay
   *[other] { $days } maalmood ka hor
}
error-date-too-early = Taariikhdani aad bay u fog tahay. Hubi sanadka, iyo kala horreynta maalinta iyo bisha.

## Referral

ref-nidos = Nidos
    .offer = Mas'uulka carruurta ka yar 18 sano ee Nederland joogta iyagoo aan waalidkood la joogin.
    .how = Weydii mas'uulkaaga, ama tag website-ka.

## Sources and contacts: what a source line says, and what each contact shares

advice-fact-source-dated = Isha: { $publisher }, "{ $title }", { $published }. La hubiyay { $checked }: { $url }
referral-through-vwn = Iyadoo loo marayo VluchtelingenWerk
result-links-note = Xiriirku (link) wuxuu furaa websayd kale. Booqashadaasi waxay ku hartaa taariikhda browser-ka taleefankan, mana tirtiri karo badhanka ka bixitaanka degdegga ah. Ciwaan kasta si buuxda ayaa loo qoray, si aad ugu qori karto qalab kale.
info-checked-until = Macluumaadka waxaa la hubiyay ilaa { $date }.
referral-vwn-shares = VluchtelingenWerk waa madax-bannaan, kamana qayb qaato celinta qasabka ah. Weydii waxay qoraan iyo waxay u gudbiyaan dadka kale.
referral-lawyer-shares = Raad voor Rechtsbijstand ayaa bixisa lacagta qareenkaaga, waxayna heshaa waraaqaha kiiskaaga. Weydii qareenkaaga waxa kale ee uu la wadaago.
referral-erso-shares = Hay'ad la-shaqeyn ah oo dalkaaga ku taal ayaa ogaata qorshayaashaada, waxayna kula xiriirtaa ilaa hal sano. Mashruuca waxaa bixiya DT&V (adeegga celinta ee dowladda). Weydii waxa la gudbiyo.
referral-iom-shares = IOM waxay sheegtaa in wadahadalladaadu qarsoodi yihiin. IOM waxay barnaamijka celinta u wadaa DT&V (adeegga celinta ee dowladda). Marka aad baxayso, waxaad saxiixdaa qoraal joojinaya habraacyadaada Nederland.
referral-ros-shares = Caawimaadda celinta ee ROS waxaa bixiya DT&V (adeegga celinta ee dowladda). Weydii waxay adiga kaa sheegaan DT&V.
referral-wereldwijd-shares = Caawimaadda celinta ee WereldWijd waxaa bixiya DT&V (adeegga celinta ee dowladda). Weydii waxay adiga kaa sheegaan DT&V.
referral-comensha-shares = CoMensha waxay diiwaangelisaa dhibbane kasta oo ka ganacsiga dadka oo loo sheego. Tirooyinka waxay u gudbisaa oo keliya iyadoo aan magacyo lahayn.
referral-nidos-shares = Nidos, oo ah masuulkaaga, waxay si dhow ula shaqeysaa DT&V iyo COA marka la diyaarinayo celinta ilmo keligiis ah.
referral-line113-shares = Waxaad 113 u wici kartaa ama la sheekaysan kartaa adigoon magacaaga sheegin.
referral-emergency112-shares = Wicitaannada 112 waa la duubaa. Shaqaalaha ayaa soo dira booliis, dab-demis ama ambalaas.
referral-dvdw-shares = Weydii waxay la wadaagaan dadka kale.
referral-cak-shares = Dhakhtarkaaga ama isbitaalka, ee ma aha adiga, ayaa biilka u dira CAK, oo ah xafiis dowladeed.
