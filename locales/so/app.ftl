# Interface text, Somali. Keep sentences short and plain.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: bixitaan, ku bixi, baxdo, dib u noqo, dib ugu noqo, noqosho

app-name = Wegwijzer
skip-to-content = U gudub su'aasha

## Start screen

start-title = Hel taageerada kugu habboon
start-intro = Codsigaaga magangalyada waa la diiday. Waxaa laga yaabaa inaad qabto su'aalo, shaki ama walwal. Ka jawaab dhowr su'aalood oo gaagaaban. Kadib waxaad arkaysaa taageerada laga yaabo inay kugu habboon tahay, iyo sababta.
start-privacy-title = Sirtaada
start-privacy-1 = Jawaabahaaga midna kama baxo qalabkan.
start-privacy-2 = Waxba lama kaydiyo, haddii aadan adigu dooran inaad kaydiso.
start-privacy-3 = Waqti kasta waad tirtiri kartaa wax walba, ama si degdeg ah ayaad boggan u xiri kartaa.
start-limits = Barnaamijkan ma qarin karo inaad booqatay websaydhkan. Taariikhda biraawsarka (browser history) ayaa muujisa. Haddii taleefanka la wadaago, isticmaal daaqad gaar ah (private window).
start-not-advice = Barnaamijkan wuxuu bixiyaa macluumaad. Ma aha talo sharci ah. Had iyo jeer la hadal VluchtelingenWerk ama qareen ka hor intaadan go'aan gaarin.
start-time = Qiyaastii 5 ilaa 10 daqiiqo. Su'aal kasta oo xasaasi ah waad ka boodi kartaa.
start-begin = Bilow
start-resume = Ka sii wad meeshii aan ku kaydiyay
start-mode-counsellor = Waxaan ahay la-taliye, waxaana la fadhiyaa macmiil
start-counsellor-lang = Luqadda la-taliyaha
start-unreviewed = Turjumaaddan weli ma uusan hubin qof afkiisa hooyo yahay Soomaali.
start-partly-reviewed = Qayb ka mid ah turjumaaddan waxaa hubiyay qof afkiisa hooyo yahay Soomaali ({ $percent } boqolkiiba). Inta kale weli lama hubin.
start-reviewed = Turjumaaddan waxaa hubiyay qof afkiisa hooyo yahay Soomaali.

## Language

language-label = Luqadda

## Question screen

progress = Su'aal { $current } oo ka mid ah qiyaastii { $total }
why-we-ask = Sababta aan u weydiinayno: { $why }
nav-back = Kii hore
nav-continue = Sii wad
nav-to-result = Eeg natiijada
date-enter = Taariikhda warqadda ku qoran
date-or = Ama dooro inta waqti ah ee ka soo wareegtay:
country-search = Qor si aad u raadiso dalkaaga
country-none = Dal lama helin. Waxaad dooran kartaa "Kale".

error-title = Dhibaato ayaa jirta
error-empty = Dooro jawaab si aad u sii wadato. Waxaad sidoo kale dooran kartaa "Ma rabo inaan sheego".
error-exclusive = "{ $option }" laguma dari karo jawaabo kale. Dooro kaliya kan, ama kaliya kuwa kale.
error-future-date = Taariikhdani waa mustaqbalka. Geli taariikhda warqaddaada ku qoran, ama dooro inta waqti ah ee ka soo wareegtay.
error-unknown-option = Jawaabtan suurtagal ma aha. Dooro mid ka mid ah jawaabaha halkan ku qoran.

## Result screen

result-title = Taageerada laga yaabo inay kugu habboon tahay
result-intro = Tani waxay ku salaysan tahay jawaabahaaga. Adiga ayaa go'aansanaya waxaad samaynayso. Ikhtiyaar kasta hoos ayaa lagu sharxay.
result-not-advice = Kani waa macluumaad, ma aha talo sharci ah. Wax walba la hubi VluchtelingenWerk ama qareen.
result-urgent-title = Marka hore: waxyaabo degdeg ah
result-routes-title = Taageerada ku habboon jawaabahaaga
result-other-title = Ikhtiyaarro kale oo aad wax ka weydiin karto
result-other-why = Jawaabahaagu waxay muujinayaan in dib u noqoshadu aysan hadda ahayn jidka aan soo jeedinno. Doorasho kasta waxaa ku qoran sababta. Marka hore waxaa jira wada-hadal iyo hubinta fursadahaaga. Weli waad weydiin kartaa dib u noqoshada haddii aad rabto.
because = Sababtoo ah waxaad tiri:
reason-general = Tani waxay u furan tahay qof kasta oo codsigiisa la diiday.
what-next = Waxa aad samayn karto
whom-to-contact = Cidda aad la xiriiri karto
points-title = Waxa aad eegayso:
referral-phone = Taleefan: { $phone }
referral-web = Websaydh: { $web }
referral-checked = Waxaa la hubiyay { $date }. Macluumaadku way isbeddeli karaan: VluchtelingenWerk ayaa xaqiijin kara.
result-restart = Beddel jawaabahayga
result-summary = Samee soo koobid aad haysato

## Counsellor view

counsellor-rule = Xeerka: { $rule }
counsellor-answers = Jawaabaha ka dambeeya:
counsellor-check-title = Waxa xiga ee la hubinayo
counsellor-check-letter = Akhri warqadda go'aanka: taariikhda, nidaamka iyo waqtiga racfaanka.
counsellor-check-lawyer = Weydii haddii qareen ku jiro iyo goorta aad la xiriiri karto.
counsellor-check-fear = Waqti u qaado cabsida dib u noqoshada. Ka fikir falanqaynta sheekada qaxa.
counsellor-check-urgent = Marka hore wax ka qabo qoraallada degdegga ah ee kor ku qoran, ka hor wax kasta oo kale.

## Summary

summary-title = Soo koobiddaada
summary-date = Waxaa la sameeyay { $date }
summary-include-answers = Jawaabahayga sidoo kale ku muuji soo koobidda
summary-include-cards = Sidoo kale ku dar sharaxaadda buuxda iyo ilaha (lifaaq)
summary-dates-title = Taariikhaha muhiimka ah
summary-appendix-title = Lifaaq
summary-answers-title = Jawaabahaaga
summary-print = Daabac
summary-download = U kaydi fayl ahaan
summary-back = Ku noqo natiijada

## Save, resume and hand-off

save-title = Ku kaydi qalabkan
save-explain = Jawaabahaaga waxaa lagu xiraa erey sir ah oo aad adigu dooranayso. Ereyga sirta ah la'aantiis qofna ma akhrin karo, adiguna ma akhrin kartid.
save-passphrase = Ereyga sirta ah (ugu yaraan 8 xaraf)
save-passphrase-again = Ereyga sirta ah mar kale
save-button = Kaydi
save-done = Waa lagu kaydiyay qalabkan.
save-replace-ask = Jawaabo ayaa horay loogu kaydiyay qalabkan. Haddii aad hadda kaydiso, way beddelmayaan, jawaabihii horena way lumayaan. Si aad u sii wadato, taabo “Beddel”.
save-replace-button = Beddel
save-unavailable = Biraawsarkan kuma kaydin kartid (tusaale ahaan daaqad gaar ah). Barnaamijku weli wuu shaqaynayaa.
save-too-short = Ereyga sirta ah aad buu u gaaban yahay. Isticmaal ugu yaraan 8 xaraf.
save-mismatch = Labada erey ee sirta ah isku mid ma aha.
resume-title = Ka sii wad meeshii aad ku kaydisay
resume-button = Fur
export-button = U soo saar fayl ahaan (waxaa lagu xiray erey sir ah)
export-done = Faylka waa la sameeyay. Meel ammaan ah ku hay.
import-button = Fur fayl hore loo soo saaray

## Always available

forget = Tirtir wax walba
forget-confirm = Ma tirtirtaa dhammaan jawaabaha iyo wax kasta oo lagu kaydiyay qalabkan?
forget-yes = Haa, tirtir
forget-no = Maya
forgotten = Wax walba waa laga tirtiray qalabkan.
quick-exit = Xir boggan
quick-exit-hint = Ama saddex jeer riix Esc
timeout-warning = Muddo waxba ma aadan samayn. Hal daqiiqo kadib jawaabahaaga waa la tirtiri doonaa.
timeout-stay = Weli waan joogaa
timeout-done = Jawaabahaaga waa la tirtiray, sababtoo ah muddo waxba ma dhicin.
neutral-title = Tab-ka sii magac caadi ah oo aan waxba muujin

## Read aloud

read-aloud = Kor u akhri
read-stop = Jooji akhriska
read-no-voice = Qalabkan ma laha cod luqaddan ku hadla.
