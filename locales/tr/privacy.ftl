# What stays on the device, the readable summary file, and opening saved answers.
start-remains = Bu telefon, internetsiz kullanmak için bu aracın bir kopyasını saklar. "Her şeyi unut" bu kopyayı da siler. Yalnızca tarayıcı geçmişi kalır.
file-readable-warning = Bu dosyayı açan herkes onu okuyabilir, yanıtlarınızı da. Yalnızca sizin açabileceğiniz bir dosya mı istiyorsunuz? O zaman şifreli bir dosya yapın.
file-readable-anyway = Yine de okunabilir dosyayı kaydet
open-not-ours = Bu, Wegwijzer ile kaydedilmemiş, bu yüzden açılamaz. Hiçbir şey değiştirilmedi.
open-wrong = Bu şifre doğru değil. Hiçbir şey silinmedi. Tekrar deneyin.
open-damaged = Kaydedilen bu yanıtlar bozuk ve açılamıyor. Hiçbir şey silinmedi.
open-newer = Bu yanıtlar Wegwijzer'in daha yeni bir sürümüyle kaydedildi. En yeni sürüm için bu sayfayı internet varken yeniden açın.
open-unavailable = Bu tarayıcı yanıtları şu anda açamadı. Hiçbir şey silinmedi. Tekrar deneyin ya da başka bir tarayıcı kullanın.
open-asked-again = Bu sürüm bazı yanıtları kullanamadı. Lütfen bu soruları yeniden yanıtlayın.
