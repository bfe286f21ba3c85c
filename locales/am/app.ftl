# Interface text, Amharic. Keep sentences short and plain.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: መውጣት, መውጫ, መመለስ, ቢመለሱ

app-name = Wegwijzer
skip-to-content = ወደ ጥያቄው ይለፉ

## Start screen

start-title = የሚስማማዎትን ድጋፍ ያግኙ
start-intro = የጥገኝነት ማመልከቻዎ ውድቅ ተደርጓል። ጥያቄዎች፣ ጥርጣሬዎች ወይም ጭንቀቶች ሊኖሩዎት ይችላሉ። ጥቂት አጭር ጥያቄዎችን ይመልሱ። ከዚያ የትኛው ድጋፍ ሊስማማዎት እንደሚችል እና ለምን እንደሆነ ያያሉ።
start-privacy-title = የእርስዎ ግላዊነት
start-privacy-1 = ከመልሶችዎ ውስጥ አንዱም ከዚህ መሣሪያ አይወጣም።
start-privacy-2 = ለማስቀመጥ ካልመረጡ በስተቀር ምንም ነገር አይቀመጥም።
start-privacy-3 = በማንኛውም ጊዜ ሁሉንም ነገር መሰረዝ ወይም ይህን ገጽ በፍጥነት መዝጋት ይችላሉ።
start-limits = ይህ መተግበሪያ ይህን ድረ-ገጽ እንደጎበኙ መደበቅ አይችልም። የአሳሹ (browser) ታሪክ ያሳየዋል። ስልኩን ከሌሎች ጋር የሚጋሩ ከሆነ፣ የግል መስኮት (private window) ይጠቀሙ።
start-not-advice = ይህ መተግበሪያ መረጃ ይሰጣል። የሕግ ምክር አይደለም። ከመወሰንዎ በፊት ሁልጊዜ ከVluchtelingenWerk ወይም ከጠበቃ ጋር ይነጋገሩ።
start-time = ከ5 እስከ 10 ደቂቃ ያህል ይወስዳል። ስሜትን የሚነካ ማንኛውንም ጥያቄ መዝለል ይችላሉ።
start-begin = ይጀምሩ
start-resume = ካስቀመጥኩበት ልቀጥል
start-mode-counsellor = አማካሪ ነኝ፤ ከደንበኛ ጋር ተቀምጫለሁ
start-counsellor-lang = የአማካሪው ቋንቋ
start-unreviewed = ይህ ትርጉም አማርኛ የአፍ መፍቻ ቋንቋው በሆነ ሰው ገና አልተረጋገጠም።
start-partly-reviewed = የዚህ ትርጉም ከፊሉ አማርኛ የአፍ መፍቻ ቋንቋው በሆነ ሰው ተረጋግጧል ({ $percent } በመቶ)። ቀሪው ገና አልተረጋገጠም።
start-reviewed = ይህ ትርጉም አማርኛ የአፍ መፍቻ ቋንቋው በሆነ ሰው ተረጋግጧል።

## Language

language-label = ቋንቋ

## Question screen

progress = ጥያቄ { $current } ከ{ $total } ገደማ
why-we-ask = ለምን እንደምንጠይቅ፦ { $why }
nav-back = ወደ ኋላ
nav-continue = ይቀጥሉ
nav-to-result = ውጤቱን ይመልከቱ
date-enter = በደብዳቤው ላይ ያለው ቀን
date-or = ወይም ምን ያህል ጊዜ በፊት እንደሆነ ይምረጡ፦
country-search = አገርዎን ለመፈለግ ይጻፉ
country-none = ምንም አገር አልተገኘም። «ሌላ» የሚለውን መምረጥ ይችላሉ።

error-title = ችግር አለ
error-empty = ለመቀጠል መልስ ይምረጡ። «ባልናገር እመርጣለሁ» የሚለውንም መምረጥ ይችላሉ።
error-exclusive = «{ $option }» ከሌሎች መልሶች ጋር አብሮ ሊመረጥ አይችልም። እሱን ብቻ ይምረጡ፣ ወይም ሌሎቹን ብቻ ይምረጡ።
error-future-date = ይህ ቀን ገና ወደፊት ነው። በደብዳቤዎ ላይ ያለውን ቀን ያስገቡ፣ ወይም ምን ያህል ጊዜ በፊት እንደሆነ ይምረጡ።
error-unknown-option = ይህ መልስ አይቻልም። ከሚታዩት መልሶች አንዱን ይምረጡ።

## Result screen

result-title = ሊስማማዎት የሚችል ድጋፍ
result-intro = ይህ በመልሶችዎ ላይ የተመሠረተ ነው። ምን እንደሚያደርጉ የሚወስኑት እርስዎ ነዎት። እያንዳንዱ አማራጭ ከዚህ በታች ተብራርቷል።
result-not-advice = ይህ መረጃ ነው፤ የሕግ ምክር አይደለም። ሁሉንም ነገር ከVluchtelingenWerk ወይም ከጠበቃ ጋር ያረጋግጡ።
result-urgent-title = በመጀመሪያ፦ አስቸኳይ
result-routes-title = ከመልሶችዎ ጋር የሚስማማ ድጋፍ
result-other-title = ሊጠይቁባቸው የሚችሉ ሌሎች አማራጮች
result-other-why = መልሶችዎ መመለስ አሁን የምንመክረው መንገድ እንዳልሆነ ያሳያሉ። በእያንዳንዱ አማራጭ ምክንያቱ ተጽፏል። በመጀመሪያ ውይይትና የአማራጮችዎ ምርመራ ይመጣሉ። ከፈለጉ ስለ መመለስ አሁንም መጠየቅ ይችላሉ።
because = ምክንያቱም እንዲህ ብለዋል፦
reason-general = ይህ ማመልከቻው ውድቅ ለተደረገበት ሰው ሁሉ ክፍት ነው።
what-next = ምን ማድረግ ይችላሉ
whom-to-contact = ማንን ማነጋገር ይችላሉ
points-title = ሊመለከቷቸው የሚገቡ ነገሮች፦
referral-phone = ስልክ፦ { $phone }
referral-web = ድረ-ገጽ፦ { $web }
referral-checked = የተረጋገጠበት ቀን፦ { $date }። ዝርዝሮቹ ሊለወጡ ይችላሉ፤ VluchtelingenWerk ሊያረጋግጥልዎ ይችላል።
result-restart = መልሶቼን ልቀይር
result-summary = ለማስቀመጥ ማጠቃለያ ያዘጋጁ

## Counsellor view

counsellor-rule = ደንብ፦ { $rule }
counsellor-answers = ከዚህ በስተጀርባ ያሉ መልሶች፦
counsellor-check-title = ቀጥሎ ምን መረጋገጥ አለበት
counsellor-check-letter = የውሳኔውን ደብዳቤ ያንብቡ፦ ቀኑን፣ የሂደቱን ዓይነት እና ይግባኝ ለማለት ያለውን ጊዜ።
counsellor-check-lawyer = ጠበቃ መኖሩን እና መቼ ሊያገኙት እንደሚችሉ ይጠይቁ።
counsellor-check-fear = ስለ መመለስ ፍርሃት ለመነጋገር ጊዜ ይስጡ። የስደት ታሪክ ትንተናን ያስቡበት።
counsellor-check-urgent = ከሁሉም ነገር በፊት ከላይ ያሉትን አስቸኳይ ማስታወሻዎች ይከታተሉ።

## Summary

summary-title = የእርስዎ ማጠቃለያ
summary-date = የተዘጋጀበት ቀን፦ { $date }
summary-include-answers = መልሶቼም በማጠቃለያው ውስጥ ይታዩ
summary-include-cards = ሙሉ ማብራሪያውንና ምንጮቹንም ያክሉ (አባሪ)
summary-dates-title = አስፈላጊ ቀናት
summary-appendix-title = አባሪ
summary-answers-title = የእርስዎ መልሶች
summary-print = ያትሙ
summary-download = እንደ ፋይል ያስቀምጡ
summary-back = ወደ ውጤቱ ይመለሱ

## Save, resume and hand-off

save-title = በዚህ መሣሪያ ላይ ያስቀምጡ
save-explain = መልሶችዎ እርስዎ በሚመርጡት የይለፍ ቃል ይቆለፋሉ። ያለ የይለፍ ቃሉ ማንም ሊያነባቸው አይችልም፤ እርስዎም አይችሉም።
save-passphrase = የይለፍ ቃል (ቢያንስ 8 ፊደላት)
save-passphrase-again = የይለፍ ቃሉን እንደገና ያስገቡ
save-button = ያስቀምጡ
save-done = በዚህ መሣሪያ ላይ ተቀምጧል።
save-replace-ask = በዚህ መሣሪያ ላይ ቀድመው የተቀመጡ መልሶች አሉ። አሁን ካስቀመጡ እነሱን ይተካል፤ የቀደሙት መልሶችም ይጠፋሉ። ለመቀጠል «ይተኩ» የሚለውን ይጫኑ።
save-replace-button = ይተኩ
save-unavailable = በዚህ አሳሽ ውስጥ ማስቀመጥ አይቻልም (ለምሳሌ በግል መስኮት ውስጥ)። መተግበሪያው ግን አሁንም ይሠራል።
save-too-short = የይለፍ ቃሉ በጣም አጭር ነው። ቢያንስ 8 ፊደላት ይጠቀሙ።
save-mismatch = ሁለቱ የይለፍ ቃላት አንድ አይደሉም።
resume-title = ካስቀመጡበት ይቀጥሉ
resume-button = ይክፈቱ
export-button = ወደ ፋይል ያውጡ (በይለፍ ቃል የተቆለፈ)
export-done = ፋይሉ ተዘጋጅቷል። በጥንቃቄ ያስቀምጡት።
import-button = ቀደም ብለው ያወጡትን ፋይል ይክፈቱ

## Always available

forget = ሁሉንም ነገር ይሰርዙ
forget-confirm = ሁሉም መልሶች እና በዚህ መሣሪያ ላይ የተቀመጠው ሁሉ ይሰረዝ?
forget-yes = አዎ፣ ይሰረዝ
forget-no = አይ
forgotten = ሁሉም ነገር ከዚህ መሣሪያ ተሰርዟል።
quick-exit = ይህን ገጽ ይዝጉ
quick-exit-hint = ወይም Esc ን ሦስት ጊዜ ይጫኑ
timeout-warning = ለተወሰነ ጊዜ ምንም አላደረጉም። በአንድ ደቂቃ ውስጥ መልሶችዎ ይሰረዛሉ።
timeout-stay = አሁንም እዚህ ነኝ
timeout-done = ለተወሰነ ጊዜ ምንም ስላልተደረገ መልሶችዎ ተሰርዘዋል።
neutral-title = ምንም የማይገልጽ የትር (tab) ርዕስ ይጠቀሙ

## Read aloud

read-aloud = ጮክ ብሎ ማንበብ
read-stop = ማንበቡን ያቁሙ
read-no-voice = ይህ መሣሪያ ለዚህ ቋንቋ ድምፅ የለውም።
