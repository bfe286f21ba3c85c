# What stays on the device, the readable summary file, and opening saved answers.
start-remains = Ev telefon kopiyeke vê amûrê diparêze, da ku hûn bê înternetê bi kar bînin. "Her tiştî jê bibin" vê kopiyê jî jê dibe. Tenê dîroka gerokê dimîne.
file-readable-warning = Her kesê ku vê pelê veke dikare wê bixwîne, bersivên we jî. Pelekî dixwazin ku tenê hûn vekin? Wê demê pelekî bi şîfre çêkin.
file-readable-anyway = Dîsa jî pelê xwendinbar tomar bike
open-not-ours = Ev ji aliyê Wegwijzer ve nehatiye tomarkirin, loma nayê vekirin. Tiştek nehat guhertin.
open-wrong = Ev şîfre ne rast e. Tiştek nehat jêbirin. Dîsa biceribînin.
open-damaged = Ev bersivên tomarkirî xera bûne û nayên vekirin. Tiştek nehat jêbirin.
open-newer = Ev bersiv bi guhertoyeke nûtir a Wegwijzer hatine tomarkirin. Ji bo guhertoya herî nû, vê rûpelê bi înternetê dîsa vekin.
open-unavailable = Vê gerokê niha nikarîbû bersivan veke. Tiştek nehat jêbirin. Dîsa biceribînin, an gerokeke din bi kar bînin.
open-asked-again = Vê guhertoyê nikarîbû hin bersivan bi kar bîne. Ji kerema xwe dîsa bersiva wan pirsan bidin.
