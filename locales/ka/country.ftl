# ინფორმაცია ქვეყნის შესახებ და „მშვიდად დაფიქრება“, ქართული.

## ქვეყნის ბარათი

country-card-title = ინფორმაცია: { $country }
country-card-intro = რა არის ცნობილი ამ ქვეყანაში არსებულ ვითარებაზე და საიდან. ეს ინფორმაციაა და არა იურიდიული რჩევა.
country-card-checked = ყველა ფაქტთან წერია, ბოლოს როდის შევამოწმეთ. ყველაფერი შეიძლება შეიცვალოს. VluchtelingenWerk-მა უახლესი იცის.
country-card-vwn-explains = VluchtelingenWerk-ს შეუძლია აგიხსნათ, რას ნიშნავს ეს დოკუმენტები თქვენთვის.
country-card-return-later = დაბრუნების მხარდაჭერა თქვენს მდგომარეობაზეა დამოკიდებული. კითხვები ან VluchtelingenWerk მეტს გეტყვით.
country-card-checked-on = შემოწმდა: { $date }.
country-card-primary = წყარო: თავად გამომცემელი.
country-card-secondary = წყარო: ასლი ან შეჯამება. სთხოვეთ VluchtelingenWerk-ს დადასტურება.
country-summary-include = ქვეყნის ეს ინფორმაცია შეჯამებაში დაამატეთ
country-card-source = საიდან არის ეს ინფორმაცია

country-sec-situation = ვითარების ოფიციალური აღწერები
country-sec-procedure = ნიდერლანდების წესები ამ ქვეყნისთვის
country-sec-stay = დარჩენის შესაძლებლობები
country-sec-return = მხარდაჭერა, თუ დაბრუნებას აირჩევთ
country-sec-practical = პრაქტიკული საკითხები, რაც უნდა იკითხოთ

country-kind-ambtsbericht = ნიდერლანდების საგარეო საქმეთა სამინისტროს ანგარიში ქვეყნის შესახებ (algemeen ambtsbericht)
country-kind-euaa-guidance = ევროკავშირის თავშესაფრის სააგენტოს სახელმძღვანელო ქვეყნის შესახებ
country-kind-euaa-coi = ევროკავშირის თავშესაფრის სააგენტოს ანგარიშები ქვეყნის შესახებ
country-kind-unhcr = UNHCR-ის, გაეროს ლტოლვილთა სააგენტოს, პოზიცია
country-kind-safe-country = უსაფრთხო წარმოშობის ქვეყნების ნიდერლანდური სია
country-kind-moratorium = გადაწყვეტილებებისა და იძულებითი დაბრუნების შეჩერება
country-kind-erso = რეინტეგრაციის პარტნიორი (ERSO ქსელი)
country-kind-iom = IOM
country-kind-return-org = დაბრუნების სხვა ორგანიზაციები
country-kind-travel-documents = სამგზავრო დოკუმენტები საელჩოდან

country-pub-bz = ნიდერლანდების საგარეო საქმეთა სამინისტრო
country-pub-jenv = ნიდერლანდების იუსტიციისა და უსაფრთხოების სამინისტრო
country-pub-euaa = ევროკავშირის თავშესაფრის სააგენტო (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM

country-fact-doc = ყველაზე ახალი, რაც ვიპოვეთ: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = ყველაზე ახალი, რაც ვიპოვეთ: ანგარიში, { $publisher }, { $date }. ზუსტი სათაური არ გვინახავს.
country-fact-unknown = არ ვიცით. ჰკითხეთ: { $ask }.
country-fact-safe-listed = არის სიაში, რომელიც ვიპოვეთ. ამ ქვეყნებიდან ადამიანებს ხშირად უფრო სწრაფი პროცედურა აქვთ. წასვლის ვადა შეიძლება მოკლე იყოს, 0 დღეც კი. გასაჩივრების შედეგს ხშირად ნიდერლანდებში ვერ დაელოდებით. თქვენი საკუთარი მიზეზები მაინც მნიშვნელოვანია.
country-fact-safe-suspended = არის სიაში, რომელიც ვიპოვეთ. მაგრამ ეს ახლა შეჩერებულია. სწრაფი პროცედურა ამ ქვეყნისთვის არ გამოიყენება.
country-fact-safe-not-listed = არ არის სიაში, რომელიც ვიპოვეთ.
country-fact-moratorium-past = { $date }-დან ნიდერლანდებმა ამ ქვეყნისთვის დროებით შეაჩერა გადაწყვეტილებები და იძულებითი დაბრუნება. არ ვიცით, ახლაც ასეა თუ არა. ჰკითხეთ VluchtelingenWerk-ს.
country-fact-erso-past = წინა პროექტებში ({ $years }) იქ პარტნიორი ორგანიზაცია იყო. ახლანდელ პარტნიორს VluchtelingenWerk ადასტურებს.
country-fact-iom-limited = შესაძლოა IOM-მა ახლა ვერ დაგეხმაროთ ამ ქვეყანაში დაბრუნებაში. ჰკითხეთ IOM-ს ან VluchtelingenWerk-ს.
country-fact-iom-basic = IOM-ის დაბრუნების საბაზისო პროგრამა შეიძლება დაგეხმაროთ: ბილეთი, დახმარება სამგზავრო დოკუმენტებში და მცირე თანხა. არსებობს პირობები. ჰკითხეთ IOM-ს, მუშაობს თუ არა ეს ამ ქვეყნისთვის.
country-fact-iom-visa-free = ამ ქვეყნის მოქალაქეებს ევროპაში მოკლე ვიზიტისთვის ვიზა არ სჭირდებათ. ამიტომ IOM-ის მხარდაჭერა შეიძლება მათზე არ ვრცელდებოდეს. ჰკითხეთ IOM-ს.
country-fact-return-org-general = დაბრუნებაში სხვა ორგანიზაციებიც გეხმარებიან, მაგალითად ROS და WereldWijd. ჰკითხეთ VluchtelingenWerk-ს, რომელი მუშაობს ამ ქვეყანასთან.
country-fact-return-org = { $name } ეხმარება ამ ქვეყანაში დაბრუნებას. ჯერ ჰკითხეთ ამის შესახებ VluchtelingenWerk-ს.

country-stay-check = უარის შემდეგაც შეიძლება არსებობდეს დარჩენის შესაძლებლობები. იურიდიული შემოწმება VluchtelingenWerk-თან და ადვოკატთან მათ განიხილავს.
country-stay-points = მაგალითად: ახალი ფაქტები, თქვენი ჯანმრთელობა, თქვენი ოჯახი აქ, ან ქვეყანა, რომელიც არ გიშვებთ.

## ინფორმაცია ქვეყნის შესახებ, საწყისი ეკრანიდან

country-info-open = ინფორმაცია ქვეყნის შესახებ
country-info-intro = აირჩიეთ ქვეყანა. კითხვებზე პასუხი არ გჭირდებათ. არაფერი ინახება.
country-info-choose = ქვეყანა
country-info-pick = აირჩიეთ ქვეყანა
country-info-back = დასაწყისში დაბრუნება

## მშვიდად დაფიქრება

consider-open = მშვიდად დაფიქრება
consider-intro = მშვიდი გვერდი, რომ თქვენს ტემპში აწონ-დაწონოთ არჩევანი. ეს ტესტი არ არის. სწორი ან არასწორი პასუხი არ არსებობს.
consider-how = უპასუხეთ მხოლოდ გონებაში ან ქაღალდზე. აპლიკაცია არაფერს ინახავს.
consider-topic-safety = იქნებით იქ უსაფრთხოდ? რა გაწუხებთ?
consider-topic-family-there = ვინ არის იქ თქვენთვის? ოჯახი, მეგობრები?
consider-topic-family-here = ვის დატოვებთ აქ?
consider-topic-housing = სად იცხოვრებთ?
consider-topic-income = როგორ იშოვით საარსებო სახსრებს?
consider-topic-health = როგორ იქნება იქ თქვენი ჯანმრთელობა და წამლები?
consider-topic-documents = გაქვთ საჭირო დოკუმენტები?
consider-topic-support = რა მხარდაჭერის მიღება შეგიძლიათ, აქ და იქ?
consider-topic-ask-first = რისი მოსმენა გსურთ ჯერ VluchtelingenWerk-ისგან?
consider-told = რაც გვითხარით:
consider-notes = თქვენი ჩანაწერები:
consider-change-mind = აზრის შეცვლა ნებისმიერ დროს შეგიძლიათ. IOM-თან ან VluchtelingenWerk-თან საუბრის შემდეგაც.
consider-valid = ახლა არდაბრუნების არჩევაც სწორი პასუხია.
consider-print = დაბეჭდვა სამუშაო ფურცლად
consider-print-lang = მეორე ენა სამუშაო ფურცელზე
consider-print-none = მხოლოდ ეს ენა
consider-back = შედეგზე დაბრუნება
