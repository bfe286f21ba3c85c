# Nivîsên navrûyê, Kurmancî. Hevokan kurt û sade bihêlin.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: derketin, derkev, veger, venegerîn

app-name = Wegwijzer
skip-to-content = Herin ser pirsê

## Ekrana destpêkê

start-title = Piştgiriya ku li we tê bibînin
start-intro = Daxwaza we ya penaberiyê hat redkirin. Dibe ku pirs, dudilî an xemên we hebin. Bersiva çend pirsên kurt bidin. Paşê hûn dibînin ka kîjan piştgirî dibe ku li we bê, û çima.
start-privacy-title = Nepeniya we
start-privacy-1 = Bersivên we ji vê cîhazê dernakevin.
start-privacy-2 = Tiştek nayê hilanîn, heke hûn bi xwe tomar nekin.
start-privacy-3 = Hûn dikarin her demê her tiştî jê bibin an vê rûpelê zû bigirin.
start-limits = Ev amûr nikare veşêre ku we serdana vê malperê kiriye. Dîroka gerokê wê nîşan dide. Li ser telefoneke hevpar, pencereyeke taybet bi kar bînin.
start-not-advice = Ev amûr agahiyan dide. Ev ne şîreta hiqûqî ye. Berî ku hûn biryarê bidin, her tim bi VluchtelingenWerk an parêzerekî re biaxivin.
start-time = Nêzîkî 5 heta 10 deqeyan. Hûn dikarin her pirseke hestiyar derbas bikin.
start-begin = Dest pê bikin
start-resume = Ji cihê ku min tomar kiribû bidomînin
start-mode-counsellor = Ez şêwirmend im û li cem kesekî rûniştime ku ez alîkariya wî dikim
start-counsellor-lang = Ziman ji bo şêwirmend
start-unreviewed = Ev werger hîn ji aliyê kesekî ku Kurmancî zimanê wî yê zikmakî ye ve nehatiye kontrolkirin.
start-partly-reviewed = Beşek ji vê wergerê ji aliyê kesekî ku Kurmancî zimanê wî yê zikmakî ye ve hatiye kontrolkirin ({ $percent } ji sedî). Yên mayî hîn nehatine kontrolkirin.
start-reviewed = Ev werger ji aliyê kesekî ku Kurmancî zimanê wî yê zikmakî ye ve hatiye kontrolkirin.

## Ziman

language-label = Ziman

## Ekrana pirsê

progress = Pirsa { $current } ji nêzîkî { $total }
why-we-ask = Çima em dipirsin: { $why }
nav-back = Paşve
nav-continue = Bidomînin
nav-to-result = Encamê bibînin
date-enter = Dîroka li ser nameyê
date-or = An jî hilbijêrin ka çiqas berê bû:
country-search = Binivîsin û welatê xwe bigerin
country-none = Tu welat nehat dîtin. Hûn dikarin "Tiştekî din" hilbijêrin.

error-title = Pirsgirêkek heye
error-empty = Ji bo ku bidomînin, bersivekê hilbijêrin. Hûn dikarin "Ez naxwazim bibêjim" jî hilbijêrin.
error-exclusive = "{ $option }" bi bersivên din re nabe. Tenê wê hilbijêrin, an tenê yên din.
error-future-date = Ev dîrok di pêşerojê de ye. Dîroka li ser nameya xwe binivîsin, an hilbijêrin ka çiqas berê bû.
error-unknown-option = Ev bersiv ne gengaz e. Yek ji bersivên ku têne nîşandan hilbijêrin.

## Ekrana encamê

result-title = Piştgiriya ku dibe ku li we bê
result-intro = Li gorî bersivên we. Hûn bi xwe biryar didin ka hûn çi dikin. Her vebijark li jêr tê ravekirin.
result-not-advice = Ev agahî ye, ne şîreta hiqûqî ye. Her tiştî bi VluchtelingenWerk an parêzerekî re kontrol bikin.
result-urgent-title = Pêşî: tiştên lezgîn
result-routes-title = Piştgiriya ku li bersivên we tê
result-other-title = Vebijarkên din ku hûn dikarin li ser wan bipirsin
result-other-why = Bersivên we nîşan didin ku veger niha ne ew rê ye ku em pêşniyar dikin. Li cem her vebijarkê sedem hatiye nivîsandin. Pêşî axaftinek û kontrolkirina vebijarkên we tê. Heke hûn bixwazin, hûn dîsa jî dikarin li ser vegerê bipirsin.
because = Ji ber ku we got:
reason-general = Ev ji bo her kesê ku daxwaza wî hatiye redkirin vekirî ye.
what-next = Hûn dikarin çi bikin
whom-to-contact = Bi kê re têkilî daynin
points-title = Li van binêrin:
referral-phone = Telefon: { $phone }
referral-web = Malper: { $web }
referral-checked = Di { $date } de hat kontrolkirin. Agahî dikarin biguherin: VluchtelingenWerk dikare wan piştrast bike.
result-restart = Bersivên xwe biguherînin
result-summary = Kurteyekê çêkin ku hûn bihêlin

## Dîtina şêwirmend

counsellor-rule = Rêgez: { $rule }
counsellor-answers = Bersivên li pişt vê:
counsellor-check-title = Paşê çi kontrol bikin
counsellor-check-letter = Nameya biryarê bixwînin: dîrok, prosedûr û dema îtirazê.
counsellor-check-lawyer = Bipirsin ka parêzerek heye û hûn kengê dikarin xwe bigihînin wî.
counsellor-check-fear = Ji bo tirsa vegerê wext veqetînin. Li ser analîza çîroka revê bifikirin.
counsellor-check-urgent = Berî her tiştî, li notên lezgîn ên li jor binêrin.

## Kurte

summary-title = Kurteya we
summary-date = Di { $date } de hat çêkirin
summary-include-answers = Bersivên min jî di kurteyê de nîşan bidin
summary-include-cards = Ravekirina temam û çavkaniyan jî zêde bikin (pêvek)
summary-dates-title = Dîrokên girîng
summary-appendix-title = Pêvek
summary-answers-title = Bersivên we
summary-print = Çap bikin
summary-download = Wek pelekê tomar bikin
summary-back = Vegerin encamê

## Tomarkirin, domandin û radestkirin

save-title = Li ser vê cîhazê tomar bikin
save-explain = Bersivên we bi şîfreyekê têne kilîtkirin ku hûn bi xwe hildibijêrin. Bê şîfreyê kes nikare wan bixwîne, hûn jî nikarin.
save-passphrase = Şîfre (herî kêm 8 tîp)
save-passphrase-again = Şîfre dîsa
save-button = Tomar bikin
save-done = Li ser vê cîhazê hat tomarkirin.
save-replace-ask = Li ser vê cîhazê jixwe bersiv hatine tomarkirin. Heke hûn niha tomar bikin, ew têne guhertin û bersivên berê winda dibin. Ji bo domandinê li “Biguherînin” bixin.
save-replace-button = Biguherînin
save-unavailable = Di vê gerokê de tomarkirin ne gengaz e (bo nimûne di pencereyeke taybet de). Amûr dîsa jî dixebite.
save-too-short = Şîfre pir kurt e. Herî kêm 8 tîpan bi kar bînin.
save-mismatch = Her du şîfre ne wek hev in.
resume-title = Ji cihê ku we tomar kiribû bidomînin
resume-button = Vekin
export-button = Wek pelekê derxînin (bi şîfreyê kilîtkirî)
export-done = Pel hat çêkirin. Wî li cihekî ewle biparêzin.
import-button = Pelekî derxistî vekin

## Her tim amade

forget = Her tiştî jê bibin
forget-confirm = Hemû bersiv û her tiştê ku li ser vê cîhazê hatiye tomarkirin jê bibin?
forget-yes = Erê, jê bibin
forget-no = Na
forgotten = Her tişt ji vê cîhazê hat jêbirin.
quick-exit = Vê rûpelê bigire
quick-exit-hint = An jî sê caran bişkoka Esc bitikînin
timeout-warning = Demekê ye we tiştek nekiriye. Piştî deqeyekê bersivên we dê bên jêbirin.
timeout-stay = Ez hîn li vir im
timeout-done = Bersivên we hatin jêbirin, ji ber ku demekê tiştek nebû.
neutral-title = Ji bo tabê sernavekî bêalî bi kar bînin

## Bi deng xwendin

read-aloud = Bi deng bixwînin
read-stop = Xwendinê rawestînin
read-no-voice = Li ser vê cîhazê ji bo vî zimanî deng tune ye.
