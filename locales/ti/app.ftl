# Interface text, Tigrinya. Keep sentences short and plain.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: ምውጻእ, ክትወጹ, ክወጽእ, ምምላስ, ተመሊስኩም, ክትምለሱ

app-name = Wegwijzer
skip-to-content = ናብቲ ሕቶ ሕለፉ

## Start screen

start-title = ዝሰማምዓኩም ደገፍ ርኸቡ
start-intro = ሕቶ ዑቕባኹም ተነጺጉ እዩ። ሕቶታት፡ ጥርጣረታት ወይ ጭንቀታት ክህልወኩም ይኽእል እዩ። ሒደት ሓጸርቲ ሕቶታት ምለሱ። ድሕሪኡ ኣየናይ ደገፍ ክሰማምዓኩም ከም ዝኽእልን ስለምንታይን ክትርእዩ ኢኹም።
start-privacy-title = ብሕትውናኹም
start-privacy-1 = ካብ መልስታትኩም ሓደ እኳ ካብዚ መሳርሒ ኣይወጽእን።
start-privacy-2 = ክትዕቅብዎ እንተ ዘይመሪጽኩም፡ ዋላ ሓደ ነገር ኣይዕቀብን።
start-privacy-3 = ኣብ ዝኾነ ግዜ ኩሉ ክትድምስሱ ወይ ነዚ ገጽ ቀልጢፍኩም ክትዕጽዉዎ ትኽእሉ ኢኹም።
start-limits = እዚ ኣፕ ነዚ መርበብ ሓበሬታ ከም ዝበጻሕኩምዎ ክሕብኦ ኣይክእልን። ታሪኽ ናይቲ ብራውዘር (browser) የርእዮ እዩ። ምስ ካልኦት ብሓባር እትጥቀሙሉ ስልኪ እንተ ኾይኑ፡ ብሕታዊ መስኮት (private window) ተጠቐሙ።
start-not-advice = እዚ ኣፕ ሓበሬታ ይህብ። ሕጋዊ ምኽሪ ኣይኮነን። ቅድሚ ምውሳንኩም ኩሉ ግዜ ምስ VluchtelingenWerk ወይ ምስ ጠበቓ ተዛረቡ።
start-time = ካብ 5 ክሳብ 10 ደቒቕ ዝኣክል ይወስድ። ስምዒት ዝትንክፍ ዝኾነ ሕቶ ክትሰግርዎ ትኽእሉ ኢኹም።
start-begin = ጀምሩ
start-resume = ካብቲ ዝዓቀብኩሉ ክቕጽል
start-mode-counsellor = ኣነ ኣማኻሪ እየ፡ ምስ ዓሚል ኮፍ ኢለ ኣለኹ
start-counsellor-lang = ቋንቋ ንኣማኻሪ
start-unreviewed = እዚ ትርጉም ገና ቋንቋ ኣዲኡ ትግርኛ ብዝኾነ ሰብ ኣይተረጋገጸን።
start-partly-reviewed = ክፋል ናይዚ ትርጉም ቋንቋ ኣዲኡ ትግርኛ ብዝኾነ ሰብ ተረጋጊጹ ኣሎ ({ $percent } ሚእታዊት)። እቲ ዝተረፈ ገና ኣይተረጋገጸን።
start-reviewed = እዚ ትርጉም ቋንቋ ኣዲኡ ትግርኛ ብዝኾነ ሰብ ተረጋጊጹ ኣሎ።

## Language

language-label = ቋንቋ

## Question screen

progress = ሕቶ { $current } ካብ ዳርጋ { $total }
why-we-ask = ስለምንታይ ንሓትት፦ { $why }
nav-back = ንድሕሪት
nav-continue = ቀጽሉ
nav-to-result = ውጽኢት ርኣዩ
date-enter = ኣብቲ ደብዳበ ዘሎ ዕለት
date-or = ወይ ቅድሚ ክንደይ ግዜ ምዃኑ ምረጹ፦
country-search = ሃገርኩም ንምድላይ ጽሓፉ
country-none = ዝተረኽበ ሃገር የለን። «ካልእ» ክትመርጹ ትኽእሉ ኢኹም።

error-title = ጸገም ኣሎ
error-empty = ንምቕጻል መልሲ ምረጹ። «ክገልጾ ኣይደልን» እውን ክትመርጹ ትኽእሉ ኢኹም።
error-exclusive = «{ $option }» ምስ ካልኦት መልስታት ክጽንበር ኣይክእልን። ንዕኡ ጥራይ ምረጹ፡ ወይ ነቶም ካልኦት ጥራይ ምረጹ።
error-future-date = እዚ ዕለት ኣብ መጻኢ እዩ። ኣብ ደብዳበኹም ዘሎ ዕለት ኣእትዉ፡ ወይ ቅድሚ ክንደይ ግዜ ምዃኑ ምረጹ።
error-unknown-option = እዚ መልሲ ኣይከኣልን እዩ። ካብቶም ዝረኣዩ መልስታት ሓደ ምረጹ።

## Result screen

result-title = ክሰማምዓኩም ዝኽእል ደገፍ
result-intro = እዚ ኣብ መልስታትኩም ዝተመርኮሰ እዩ። እንታይ ከም እትገብሩ ዝውስኑ ንስኹም ኢኹም። ነፍሲ ወከፍ ምርጫ ኣብ ታሕቲ ተገሊጹ ኣሎ።
result-not-advice = እዚ ሓበሬታ እዩ፡ ሕጋዊ ምኽሪ ኣይኮነን። ኩሉ ምስ VluchtelingenWerk ወይ ምስ ጠበቓ ኣረጋግጹ።
result-urgent-title = መጀመርታ፦ ህጹጽ
result-routes-title = ምስ መልስታትኩም ዝሰማማዕ ደገፍ
result-other-title = ክትሓቱሎም እትኽእሉ ካልኦት ምርጫታት
result-other-why = መልስታትኩም ምምላስ ሕጂ እንመኽሮ መንገዲ ከም ዘይኮነ የርእዩ። ኣብ ነፍሲ ወከፍ ኣማራጺ ምኽንያቱ ተጻሒፉ ኣሎ። መጀመርታ ዘተን ምርመራ ኣማራጺታትኩምን ይመጽእ። እንተ ደሊኹም ብዛዕባ ምምላስ ክትሓቱ ትኽእሉ ኢኹም።
because = ምኽንያቱ ከምዚ ኢልኩም፦
reason-general = እዚ ሕቶኦም ንዝተነጸገ ኩሉ ሰብ ክፉት እዩ።
what-next = እንታይ ክትገብሩ ትኽእሉ
whom-to-contact = ምስ መን ክትራኸቡ
points-title = ክትርእይዎ ዘለኩም፦
referral-phone = ተሌፎን፦ { $phone }
referral-web = መርበብ ሓበሬታ፦ { $web }
referral-checked = ዝተረጋገጸሉ ዕለት፦ { $date }። ዝርዝራት ክቕየሩ ይኽእሉ፦ VluchtelingenWerk ከረጋግጸልኩም ይኽእል።
result-restart = መልስታተይ ክቕይር
result-summary = ንምዕቃብ ጽሟቕ ኣዳልዉ

## Counsellor view

counsellor-rule = ደንቢ፦ { $rule }
counsellor-answers = ኣብ ድሕሪኡ ዘለዉ መልስታት፦
counsellor-check-title = ቀጺሉ እንታይ ይረጋገጽ
counsellor-check-letter = ደብዳበ ውሳነ ኣንብቡ፦ ዕለት፡ ዓይነት መስርሕን ግዜ ይግባይን።
counsellor-check-lawyer = ጠበቓ ኣሎ ድዩ፡ መዓስከ ክትረኽብዎ ትኽእሉ፡ ሕተቱ።
counsellor-check-fear = ብዛዕባ ፍርሃት ምምላስ ንምዝታይ ግዜ ሃቡ። ትንተና ዛንታ ስደት ሕሰቡሉ።
counsellor-check-urgent = ቅድሚ ዝኾነ ካልእ ነገር፡ ነቶም ኣብ ላዕሊ ዘለዉ ህጹጻት ነጥብታት ፍትሑ።

## Summary

summary-title = ጽሟቕኩም
summary-date = ዝተዳለወሉ ዕለት፦ { $date }
summary-include-answers = መልስታተይ እውን ኣብቲ ጽሟቕ ይርኣዩ
summary-include-cards = ምሉእ መብርሂን ምንጭታትን እውን ይወሰኹ (ተወሳኺ)
summary-dates-title = ኣገደስቲ ዕለታት
summary-appendix-title = ተወሳኺ
summary-answers-title = መልስታትኩም
summary-print = ሕተሙ
summary-download = ከም ፋይል ዓቅቡ
summary-back = ናብ ውጽኢት ተመለሱ

## Save, resume and hand-off

save-title = ኣብዚ መሳርሒ ዓቅቡ
save-explain = መልስታትኩም ብእትመርጽዎ መሕለፊ ቃል ይዕጸዉ። ብዘይ እቲ መሕለፊ ቃል ዝኾነ ሰብ ከንብቦም ኣይክእልን፡ ንስኹም እውን ኣይትኽእሉን።
save-passphrase = መሕለፊ ቃል (እንተ ወሓደ 8 ፊደላት)
save-passphrase-again = መሕለፊ ቃል ደጊምኩም ኣእትዉ
save-button = ዓቅቡ
save-done = ኣብዚ መሳርሒ ተዓቂቡ።
save-replace-ask = ኣብዚ መሳርሒ ቀደም ዝተዓቀቡ መልስታት ኣለዉ። ሕጂ እንተ ዓቀብኩም ኣብ ክንድኦም ክኣቱ እዩ፡ እቶም ዝሓለፉ መልስታት ድማ ክጠፍኡ እዮም። ንምቕጻል «ቀይሩ» ጠውቑ።
save-replace-button = ቀይሩ
save-unavailable = ኣብዚ ብራውዘር ምዕቃብ ኣይከኣልን (ንኣብነት ኣብ ብሕታዊ መስኮት)። እቲ ኣፕ ግን ገና ይሰርሕ እዩ።
save-too-short = እቲ መሕለፊ ቃል ኣዝዩ ሓጺር እዩ። እንተ ወሓደ 8 ፊደላት ተጠቐሙ።
save-mismatch = ክልቲኦም መሕለፊ ቃላት ሓደ ኣይኮኑን።
resume-title = ካብቲ ዝዓቀብኩምሉ ቀጽሉ
resume-button = ክፈቱ
export-button = ናብ ፋይል ኣውጽኡ (ብመሕለፊ ቃል ዝተዓጽወ)
export-done = እቲ ፋይል ተዳልዩ። ብጥንቃቐ ዓቅብዎ።
import-button = ቅድሚ ሕጂ ዘውጻእኩምዎ ፋይል ክፈቱ

## Always available

forget = ኩሉ ደምስሱ
forget-confirm = ኩሎም መልስታትን ኣብዚ መሳርሒ ዝተዓቀበ ኩሉን ይደምሰስ ድዩ?
forget-yes = እወ፡ ይደምሰስ
forget-no = ኣይፋል
forgotten = ኩሉ ካብዚ መሳርሒ ተደምሲሱ።
quick-exit = ነዚ ገጽ ዕጸዉ
quick-exit-hint = ወይ Esc ሰለስተ ግዜ ጠውቑ
timeout-warning = ንቕሩብ ግዜ ዋላ ሓደ ነገር ኣይገበርኩምን። ድሕሪ ሓደ ደቒቕ መልስታትኩም ክድምሰሱ እዮም።
timeout-stay = ገና ኣብዚ ኣለኹ
timeout-done = ንቕሩብ ግዜ ዋላ ሓደ ነገር ስለ ዘይተገብረ፡ መልስታትኩም ተደምሲሶም።
neutral-title = ንታብ (tab) ዘየቃልዕ ኣርእስቲ ተጠቐሙ

## Read aloud

read-aloud = ብድምጺ ምንባብ
read-stop = ምንባብ ኣቋርጹ
read-no-voice = እዚ መሳርሒ ነዚ ቋንቋ ዝኸውን ድምጺ የብሉን።
