# Ülke bilgisi ve "Sakin sakin düşünmek", Türkçe.

## Ülke kartı

country-card-title = { $country } hakkında bilgi
country-card-intro = Bu ülkedeki durum hakkında bilinenler ve nereden geldikleri. Bu bir bilgidir, hukuki tavsiye değildir.
country-card-checked = Her bilginin yanında en son ne zaman kontrol ettiğimiz yazıyor. Durum değişebilir. En güncel bilgiyi VluchtelingenWerk bilir.
country-card-vwn-explains = VluchtelingenWerk bu belgelerin sizin için ne anlama geldiğini açıklayabilir.
country-card-return-later = Dönüş için destek sizin durumunuza bağlıdır. Sorular veya VluchtelingenWerk size daha fazlasını söyleyebilir.
country-card-checked-on = { $date } tarihinde kontrol edildi.
country-card-primary = Kaynak: yayıncının kendisi.
country-card-secondary = Kaynak: bir kopya veya özet.
country-summary-include = Bu ülke bilgisini özete ekle
country-card-source = Bu bilgi nereden geliyor

country-sec-situation = Durumun resmî açıklamaları
country-sec-procedure = Bu ülke için Hollanda kuralları
country-sec-stay = Kalma olanakları
country-sec-return = Dönmeyi seçerseniz destek
country-sec-practical = Sorulacak pratik konular

country-kind-ambtsbericht = Hollanda Dışişleri Bakanlığı'nın ülke raporu (algemeen ambtsbericht)
country-kind-euaa-guidance = AB İltica Ajansı'nın ülke rehberi
country-kind-euaa-coi = AB İltica Ajansı'nın ülke raporları
country-kind-unhcr = BM Mülteci Ajansı UNHCR'ın tutumu
country-kind-safe-country = Hollanda'nın güvenli menşe ülkeleri listesi
country-kind-moratorium = Kararların ve zorla geri göndermenin durdurulması
country-kind-erso = Yeniden uyum ortağı (ERSO ağı)
country-kind-iom = IOM
country-kind-return-org = Diğer dönüş kuruluşları
country-kind-travel-documents = Büyükelçilikten seyahat belgesi

country-pub-bz = Hollanda Dışişleri Bakanlığı
country-pub-jenv = Hollanda Adalet ve Güvenlik Bakanlığı
country-pub-euaa = AB İltica Ajansı (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM

country-fact-doc = Bulduğumuz en yenisi: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Bulduğumuz en yenisi: { $publisher } tarafından bir rapor, { $date }. Tam başlığını görmedik.
country-fact-unknown = Bilmiyoruz. { $ask } kuruluşuna sorun.
country-fact-safe-listed = Bulduğumuz listede var. Bu ülkelerden gelenler çoğu zaman daha hızlı bir işlemden geçer. Ayrılma süresi kısa olabilir, hatta 0 gün. İtirazın sonucu çoğu zaman Hollanda'da beklenemez. Kendi nedenleriniz yine de önemlidir.
country-fact-safe-suspended = Bulduğumuz listede var. Ama bu şimdilik askıya alındı. Hızlı işlem bu ülke için kullanılmıyor.
country-fact-safe-not-listed = Bulduğumuz listede yok.
country-fact-moratorium-past = { $date } tarihinden itibaren Hollanda bu ülke için kararları ve zorla geri göndermeyi geçici olarak durdurdu. Bunun hâlâ geçerli olup olmadığını bilmiyoruz. VluchtelingenWerk'e sorun.
country-fact-erso-past = Geçmiş projelerde ({ $years }) orada bir ortak kuruluş vardı. Şu anki ortağı VluchtelingenWerk doğrular.
country-fact-iom-limited = IOM şu anda bu ülkeye dönüşte yardım edemeyebilir. IOM'a veya VluchtelingenWerk'e sorun.
country-fact-iom-basic = IOM'un temel dönüş programı yardımcı olabilir: bilet, seyahat belgeleri için yardım ve küçük bir para. Koşullar vardır. Bu ülke için geçerli olup olmadığını IOM'a sorun.
country-fact-iom-visa-free = Bu ülkeden gelenlerin Avrupa'ya kısa ziyaretler için vizeye ihtiyacı yoktur. Bu yüzden IOM desteği geçerli olmayabilir. IOM'a sorun.
country-fact-return-org-general = ROS ve WereldWijd gibi başka kuruluşlar da dönüşte yardım eder. Hangisinin bu ülkeyle çalıştığını VluchtelingenWerk'e sorun.
country-fact-return-org = { $name } bu ülkeye dönüşte yardım eder. Önce VluchtelingenWerk'e bunu sorun.

country-stay-check = Ret kararından sonra da kalma olanakları olabilir. VluchtelingenWerk ve bir avukatla yapılan hukuki kontrol bunlara bakar.
country-stay-points = Örneğin: yeni olgular, sağlığınız, buradaki aileniz veya sizi kabul etmeyen bir ülke.

country-pub-ind = Göç ve Vatandaşlık Dairesi (IND)
country-pub-dtv = Geri Dönüş ve Ayrılış Dairesi (DT&V)
country-pub-erso = ERSO ağı
country-pub-eu = Avrupa Birliği
country-fact-doc-undated = Bulduğumuz en yeni belge: { $publisher } tarafından bir rapor. Tam başlığını ve tarihini görmedik.
country-fact-old = Bu belge { $date } tarihlidir. Daha yeni bilgi olabilir. En yenisini VluchtelingenWerk bilir.
country-fact-moratorium-ended = Hollanda bir süre bu ülke için kararları ve zorla geri göndermeyi durdurdu. Bu ara sona erdi.
country-card-links = Bir bağlantı yayıncının sitesini açar. Ziyaret bu tarayıcının geçmişinde kalır; hızlı çıkış onu silemez. Adres ayrıca yazılıdır; başka bir cihazda yazabilirsiniz.
country-card-undated = sayfada tarih yok

country-sum-ambtsbericht-sy-2026 = Yeni bir rapor Suriye'yi Mayıs–Aralık 2025 dönemi için anlatıyor. Basına göre ülkeyi istikrarsız diye tanımlıyor, Aleviler (Nusayriler), Dürziler ve Kürtler gibi azınlıklara yönelik şiddeti bildiriyor ve konutların yıkılmasını geri dönüşün önünde büyük bir engel olarak görüyor.
country-sum-euaa-sy-2025 = Esad hükümetinin düşüşünden sonra tam bir güncelleme. Askerlikten kaçanlar, firariler ve eski hükümetin diğer muhalifleri artık risk altında sayılmıyor. LGBTİQ kişiler genel olarak mülteci statüsüne hâlâ uygun; eski hükümetle bağlantılı kişiler, Nusayriler, Hristiyanlar ve Dürziler durumlarına göre korumaya ihtiyaç duyabilir.
country-sum-unhcr-sy-2024 = BMMYK gönüllü ve bilgiye dayalı dönüşü destekliyor, ancak ülkenin bazı yerlerindeki şiddet ve ağır insani kriz nedeniyle büyük çaplı dönüşü teşvik etmiyor. BMMYK Aralık 2024'te şu aşamada hiçbir sığınmacının Suriye'ye zorla geri gönderilmemesi gerektiğini söyledi.
country-sum-moratorium-sy-2024 = Aralık 2024'te Esad hükümetinin düşüşünden sonra Suriyeliler için kararlar ve zorla geri gönderme altı ay durduruldu. Bu ara sona erdi: IND başvurular hakkında yeniden karar veriyor.
country-sum-ambtsbericht-er-2023 = Dışişleri Bakanlığı 19 Aralık 2023'te Eritre hakkında yeni bir genel ülke raporu yayımladı. Sonuçlarını okumadık.
country-sum-euaa-coi-er-2016 = Eritre'deki ulusal hizmet, askerlikten kaçanlara ve firarilere yapılan muamele ve ülkeden yasa dışı çıkanlara dönüşte yapılan muamele hakkında olgusal bir rapor. Hukuki sonuç çıkarmıyor.
country-sum-ambtsbericht-tr-2019 = Rapor Temmuz 2016 darbe girişiminden Eylül 2019'a kadarki dönemi kapsıyor. Hükümeti eleştirdikleri için gazetecilere, öğretmenlere, hâkimlere, insan hakları savunucularına, muhalefet üyelerine ve başkalarına yönelik kovuşturmaların arttığını anlatıyor.
country-sum-euaa-coi-tr-2016 = Eylül 2016 ortasına kadarki durum hakkında, 15 Temmuz 2016 darbe girişimi ve hükümetin tepkisi dahil, olgusal bir rapor. Değerlendirme veya tavsiye içermiyor.
country-sum-ambtsbericht-iq-2019 = Rapor bölgelere göre güvenliği, kimlik belgelerini, insan haklarını, bazı grupların durumunu, yerinden edilmiş kişileri ve Irak'a dönüşü anlatıyor.
country-sum-euaa-iq-2024 = İslam'ı bırakanların ve LGBTİQ kişilerin genel olarak haklı bir zulüm korkusu var. Azınlıklar ile kadınlar ve kız çocukları için kendi durumlarına bakılıyor. Şiddet Amedi ilçesinde (Duhok) yüksek, Bağdat, Ninova ve Erbil'de daha düşük, güneyde ise genel olarak gerçek bir risk değil.
country-sum-unhcr-iq-2019 = BMMYK kimlerin korumaya ihtiyaç duyabileceğini anlatıyor, örneğin haksız yere IŞİD'i desteklemekle şüphelenilenler, ve Irak'ın başka bir yerine taşınmanın ne zaman makul bir seçenek olmadığını. Zorla geri gönderme hakkında bir bölümü var.
country-sum-ambtsbericht-so-2021 = Rapor Nisan 2020–Kasım 2021 dönemini kapsıyor. Rapora göre Somali'de güvenlik genel olarak belirgin biçimde ne iyileşmiş ne kötüleşmişti.
country-sum-euaa-so-2025 = Kılavuz Güney-Orta Somali, Puntland ve Somaliland'i ayrı ele alıyor. Eleştirel haber yapan gazeteciler Somali'nin her yerinde büyük olasılıkla mülteci statüsüne uygun. Kadın sünnetinin çok yaygın olmasını da ele alıyor.
country-sum-unhcr-so-2022 = BMMYK süren güvensizlik ve yaygın insan hakları ihlalleri nedeniyle uluslararası korumaya ihtiyaç duyabilecek kişilerin profillerini anlatıyor. Önceki tutumların yerine geçiyor.
country-sum-ambtsbericht-ye-2024 = Basına göre rapor, bir ateşkesin çatışmaları ve sivil ölümlerini çok azalttığını, ancak güvenliğin kırılgan, insani durumun kötü olduğunu belirtiyor. Kadınlara yönelik şiddetin arttığını da anlatıyor.
country-sum-unhcr-ye-2015 = BMMYK hava saldırıları, sivil ölümleri ve ağır insani kriz nedeniyle tüm ülkelerden Yemen'e zorla geri göndermeyi durdurmalarını istedi.
country-sum-ambtsbericht-ng-2018 = Rapor bölgelere göre güvenliği, belgeleri, insan haklarını, kadınların, LGBT kişilerin ve refakatsiz çocukların durumunu, geri dönüşü ve insan ticaretini anlatıyor.
country-sum-euaa-ng-2021 = Kılavuz Boko Haram, çobanlarla çiftçiler arasındaki çatışmalar ve adam kaçırmalar hakkındaki analizi güncelliyor. İnsan ticaretiyle, özellikle kadınların ve kız çocuklarının cinsel sömürüsüyle bağlantılı koruma ihtiyaçlarını da ele alıyor.
country-sum-euaa-coi-ng-2025 = Raporlar Nijerya'da silahlı çetelerin (eşkıyalık) şiddetinin arttığını anlatıyor.
country-sum-ambtsbericht-sd-2024 = Rapor Nisan 2023'te başlayan silahlı çatışmadaki ciddi gelişmeleri anlatıyor. Hollanda'nın Haziran 2024 tarihli Sudan politikası bu rapora dayanıyor.
country-sum-euaa-sd-2025 = EUAA'nın Sudan hakkındaki ilk kılavuzu mülteci statüsüne büyük olasılıkla uygun birçok profil sayıyor; aralarında Darfur'dan Arap olmayan gruplar, Nubalar, zorla askere alınmaktan korkanlar, aktivistler, gazeteciler, yardım çalışanları, kadınlar ve kız çocukları, çocuklar ve LGBTİQ kişiler var. Tüm ülkedeki şiddeti değerlendiriyor.
country-sum-unhcr-sd-2023 = BMMYK hükümetlerden kimseyi Sudan'a geri göndermemelerini ve Sudan'dan gelen başvurular hakkında olumsuz kararları durdurmalarını istedi. BMMYK'ya göre Sudan içinde gidilecek güvenli bir yer yok.
country-sum-moratorium-sd-2023 = Sudanlılar için kararlar ve zorla geri gönderme 8 Temmuz 2023'ten itibaren durduruldu. Ara 27 Haziran 2024'te sona erdi: IND başvurular hakkında yeniden karar veriyor.
country-sum-ambtsbericht-af-2023 = Rapor Taliban'ın iktidarı almasından sonra çok değişen, insani krizin büyüdüğü bir durumu anlatıyor. Şiddet büyük ölçüde azaldı. Belirli grupların risklerini de ele alıyor.
country-sum-euaa-af-2024 = Afgan kadınlar ve kız çocukları zulüm riski altında. Başkaları da risk altında; örneğin eski devlet çalışanları, yabancı güçlerle çalışanlar, insan hakları savunucuları ve bazı azınlıklar. Afganistan içinde genel olarak gidilecek güvenli bir yer yok.
country-sum-unhcr-af-2025 = BMMYK, kadınlar ve kız çocuklarından başlayarak kimlerin korumaya ihtiyaç duyabileceğini anlatıyor. BMMYK Ağustos 2021'den beri devletlerden, başvurusu reddedilenler dahil, kimseyi Afganistan'a zorla geri göndermemelerini istiyor.
country-sum-moratorium-af-2021 = Afganistanlılar için kararlar ve zorla geri gönderme 11 Ağustos 2021'den itibaren durduruldu; ara 25 Ağustos 2022'ye kadar uzatıldı.
country-sum-euaa-coi-pk-2024 = Olgusal bir rapor: şiddet Ekim 2023'ten beri arttı, özellikle Hayber Pahtunhva ve Belucistan'da. Muhalefet partisi PTI'ye ve medyaya yönelik baskıyı, Şiilere, Ahmedilere, Hristiyanlara, Hindulara ve başkalarına yönelik şiddeti anlatıyor.
country-sum-ambtsbericht-ir-2019 = Dışişleri Bakanlığı 21 Mart 2019'da İran hakkında genel bir ülke raporu yayımladı. Hollanda'nın İran politikası buna dayanarak Temmuz 2019'da değiştirildi.
country-sum-euaa-ir-2025 = Mülteci statüsüne çok büyük olasılıkla uygun profiller arasında muhalefet üyeleri, insan hakları savunucuları, eleştirel gazeteciler, din değiştirenler, ev kiliselerindeki Hristiyanlar ve LGBTİQ kişiler var. Yurt dışındaki faaliyetler de sayılabilir.
country-sum-euaa-coi-co-2022 = Olgusal bir rapor: 2016 barış anlaşmasından sonra silahlı gruplar bölündü. Şiddet, yerinden edilme, haraç ve toplum liderlerinin öldürülmesi hâlâ sivilleri etkiliyor.
country-sum-euaa-coi-ru-2025 = Kasım 2024–Kasım 2025 dönemi hakkında olgusal bir rapor. Savaş karşıtları dahil aktivistlerin, gazetecilerin, avukatların ve eleştirmenlerin, Yehova Şahitlerinin kovuşturulmasını ve LGBTİQ kişiler ile kadınlar için kötüleşen durumu anlatıyor.
country-sum-unhcr-ua-2023 = BMMYK savaş sürdükçe Ukrayna'ya dönüşü teşvik etmiyor. Başvurusu reddedilenler dahil kimsenin Ukrayna'ya zorla geri gönderilmemesi yönündeki Mart 2022 tavsiyesi geçerliliğini koruyor.


## Başlangıç ekranından bir ülke hakkında bilgi

country-info-open = Bir ülke hakkında bilgi
country-info-intro = Bir ülke seçin. Hiçbir soruyu cevaplamanız gerekmez. Hiçbir şey saklanmaz.
country-info-choose = Ülke
country-info-pick = Bir ülke seçin
country-info-back = Başa dön

## Sakin sakin düşünmek

consider-open = Sakin sakin düşünmek
consider-intro = Seçiminizi kendi hızınızda tartmanız için sakin bir sayfa. Bu bir sınav değil. Doğru ya da yanlış cevap yok.
consider-how = Sadece aklınızdan veya kâğıt üzerinde cevap verin. Uygulama hiçbir şey saklamaz.
consider-topic-safety = Orada güvende olur musunuz? Sizi ne endişelendiriyor?
consider-topic-family-there = Orada yanınızda kim var? Aile, arkadaşlar?
consider-topic-family-here = Burada kimi geride bırakırsınız?
consider-topic-housing = Nerede yaşardınız?
consider-topic-income = Geçiminizi nasıl sağlardınız?
consider-topic-health = Oradaki sağlığınız ve ilaçlarınız ne olur?
consider-topic-documents = İhtiyacınız olan belgeler sizde var mı?
consider-topic-support = Burada ve orada hangi desteği alabilirsiniz?
consider-topic-ask-first = Önce VluchtelingenWerk'ten ne duymak istersiniz?
consider-told = Bize anlattıklarınız:
consider-notes = Notlarınız:
consider-change-mind = Fikrinizi her zaman değiştirebilirsiniz. IOM veya VluchtelingenWerk ile konuştuktan sonra da.
consider-valid = Şimdi dönmemeyi seçmek de kabul edilebilir bir seçimdir.
consider-print = Çalışma sayfası olarak yazdır
consider-print-lang = Çalışma sayfasında ikinci dil
consider-print-none = Sadece bu dil
consider-back = Sonuca dön
