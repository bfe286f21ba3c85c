# What stays on the device, the readable summary file, and opening saved answers.
start-remains = Taleefankan wuxuu kaydiyaa nuqul barnaamijkan ah, si aad u isticmaasho internet la'aan. "Tirtir wax walba" nuqulkaas sidoo kale wuu tirtiraa. Taariikhda biraawsarka oo keliya ayaa hadha.
file-readable-warning = Qof kasta oo furta faylkan wuu akhrin karaa, jawaabahaaga sidoo kale. Ma rabtaa fayl adiga keliya furi kartid? Markaas samee fayl leh erey sir ah.
file-readable-anyway = Haddana kaydi faylka la akhrin karo
open-not-ours = Tan Wegwijzer ma kaydin, sidaas darteed lama furi karo. Waxba lama beddelin.
open-wrong = Ereygan sirta ah sax ma aha. Waxba lama tirtirin. Mar kale isku day.
open-damaged = Jawaabahan la kaydiyay way xumaadeen, lamana furi karo. Waxba lama tirtirin.
open-newer = Jawaabahan waxaa lagu kaydiyay nooc cusub oo Wegwijzer ah. Boggan mar kale ku fur internet si aad u hesho nooca ugu cusub.
open-unavailable = Biraawsarkan hadda ma furi karin jawaabaha. Waxba lama tirtirin. Mar kale isku day, ama isticmaal biraawsar kale.
open-asked-again = Noocani ma isticmaali karin jawaabaha qaarkood. Fadlan mar kale ka jawaab su'aalahaas.
