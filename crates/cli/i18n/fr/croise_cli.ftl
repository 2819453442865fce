# Les textes de la commande croise, en français (la langue principale).
#
# Chaque message a le même identifiant dans en/croise_cli.ftl ; un test le
# vérifie. Les nombres, durées et dates arrivent déjà écrits à la française
# (1 000, 0,4 s, 1er octobre 2026) : `$n` ne sert qu'à choisir le pluriel,
# `$count` est le nombre à afficher. Toute valeur venue d'ailleurs (nom de
# participant, de campagne, en-tête d'une liste) a été neutralisée pour
# l'écran avant d'arriver ici.

## Lignes finales de main et de la progression

line-error = croise : erreur : { $message }
line-cause = cause : { $cause }
line-warning = croise : attention : { $notice }
line-finish = croise : { $summary } en { $elapsed }
progress-eta = (reste { $eta })
stage-reading = lecture
stage-tokenizing = jetons
stage-re-keying = rechiffrement
stage-linking = rapprochement
stage-revealing = révélation
stage-generating = génération

## Noms des valeurs de la bibliothèque

rows-and-more = { $shown } et { $more } autres
column-none = (aucune)
rejection-missing-birth-date = pas de date de naissance
rejection-partial-birth-date = date de naissance incomplète (jour ou mois 00)
rejection-impossible-birth-date = date de naissance impossible
rejection-unreadable-birth-date = date de naissance dans un format inconnu
rejection-missing-surname = pas de nom
rejection-missing-given-name = pas de prénom
rejection-placeholder-name = nom non renseigné (INCONNU, X, SPC…)
rejection-placeholder-given-name = prénom non renseigné (X, SP, SPC…)
role-birth-name = nom (de naissance)
role-usage-name = nom d'usage
role-given-names = prénoms
role-birth-date = date de naissance
role-sex = sexe
role-local-id = numéro de dossier
confidence-sure = sûr
confidence-probable = probable
confidence-to-review = à vérifier
reason-given-name-differs = prénom différent
reason-names-partly = nom en partie seulement (nom d'usage ou nom composé)
reason-names-near = nom ou prénom à une lettre près, ou qui se prononce pareil
reason-day-month-swapped = jour et mois inversés
reason-date-one-digit = date à un chiffre près
reason-same-year-only = même année seulement
reason-same-day-month-only = même jour et mois seulement, autre année
reason-common-names = nom, prénom et date identiques mais fréquents (homonyme possible)
reason-several-candidates = plusieurs candidats
reason-duplicate = doublon possible (deux lignes d'une même liste qui se ressemblent)
reason-january-first = né(e) un 1er janvier (souvent une date attribuée faute de connaître la vraie : comparez un autre élément)
verdict-usable = utilisable
verdict-to-correct = à corriger
verdict-usable-with-warnings = utilisable, avec des avertissements
verdict-unusable = inutilisable
encoding-utf8 = UTF-8
encoding-utf8-bom = UTF-8 avec BOM
encoding-windows-1252 = Windows-1252
encoding-utf16-le = UTF-16 (petit-boutiste)
encoding-utf16-be = UTF-16 (gros-boutiste)
delimiter-semicolon = point-virgule (;)
delimiter-comma = virgule (,)
delimiter-tab = tabulation
delimiter-bar = barre verticale (|)
delimiter-other = autre
workbook-xlsx = classeur Excel (.xlsx)
workbook-xlsb = classeur Excel binaire (.xlsb)
workbook-xls = classeur Excel 97-2003 (.xls)
workbook-ods = classeur OpenDocument (.ods)
list-format-csv = CSV, { $encoding }, séparateur { $delimiter }, fins de ligne { $line_ends }
list-format-workbook = { $kind }, feuille « { $sheet } »
notice-mixed-encoding = le fichier mélange deux encodages de texte ({ $n ->
        [one] { $count } ligne diffère
       *[other] { $count } lignes diffèrent
    } du reste : { $rows }) ; chaque ligne a été lue dans son propre encodage. Enregistrez de nouveau la liste depuis un seul logiciel pour la remettre au propre
file-kind-tokens = un fichier de jetons
file-kind-result = un fichier de résultat
file-kind-summary = un résumé de rapprochement
file-kind-manifest = un manifeste de campagne
file-kind-key = un fichier de clé de campagne
file-kind-sealed-key = la clé du coordinateur scellée dans un manifeste
file-kind-encrypted = un fichier chiffré (age)
file-kind-identity = un fichier d'identité (il contient une clé SECRÈTE)
noun-token-file = fichier de jetons
noun-result-file = fichier de résultat
noun-summary = résumé de rapprochement
noun-manifest = manifeste de campagne
noun-key-file = fichier de clé de campagne
noun-sealed-key = clé du coordinateur scellée dans le manifeste
problem-truncated = il est tronqué
problem-truncated-records = ses enregistrements sont tronqués
problem-truncated-links = ses rapprochements sont tronqués
problem-malformed-header = son en-tête est illisible
problem-malformed-header-of = l'en-tête de ce { $what } est illisible
problem-malformed-format = le numéro de format de ce { $what } est illisible
problem-length-mismatch = sa longueur ne correspond pas à son contenu
problem-record-count-mismatch = son nombre d'enregistrements ne correspond pas à son contenu
problem-record-shape = ses enregistrements n'ont pas la forme fixe du schéma de clés
problem-link-count-mismatch = son nombre de rapprochements ne correspond pas à son contenu
problem-too-many-records = il annonce trop d'enregistrements
problem-records-out-of-order = ses enregistrements ne sont pas dans l'ordre, ou se répètent
problem-unknown-key-kind = il contient un type de clé inconnu
problem-unknown-confidence = il contient un niveau de confiance inconnu
problem-unknown-reason = il contient un motif de confiance inconnu
problem-malformed-party = il nomme un participant de façon illisible
problem-crlf-line-ends = ses fins de ligne ont été changées en CRLF, comme le font un éditeur de texte ou une messagerie : il ne correspond plus à son authentification. Utilisez le fichier exactement tel que croise l'a écrit
problem-no-authentication = il n'a pas de table [authentication] à la fin : ce n'est pas un résumé de rapprochement complet
problem-authentication-not-last = sa table [authentication] n'est pas tout à la fin
problem-not-a = c'est { $found }, pas un { $expected }
problem-not-a-unknown = ce n'est pas un { $expected } (contenu inconnu)
problem-not-valid = ce n'est pas un { $what } valide
problem-other-kind = c'est { $found }, pas un { $expected }
problem-no-kind = ce n'est pas un { $what } valide (il ne dit pas ce qu'il est : pas de champ `kind`)
problem-no-format = ce n'est pas un { $what } valide (il n'a pas de numéro de `format`)
problem-sealed-key-other-campaign = la clé du coordinateur qui y est scellée appartient à une autre campagne
problem-malformed = le contenu du { $what } est illisible
problem-key-malformed = la clé qu'il contient est illisible
file-kind-other = un fichier `{ $kind }`
date-ambiguous = `{ $text }` peut se lire de deux façons : le { $first_words } ou le { $second_words }. Écrivez { $first } ou { $second } (année-mois-jour)
date-invalid = `{ $text }` n'est pas une date : écrivez AAAA-MM-JJ, par exemple 2026-10-01
cannot-create = impossible de créer { $path }
cannot-write-into = impossible d'écrire dans { $path }
cannot-create-temp = impossible de créer un dossier temporaire

## croise identity

identity-written = Identité écrite dans { $path } (secrète : elle reste sur ce poste).
identity-check-code = Code de contrôle de cette clé publique, à lire au téléphone : { $code }
identity-share = Votre clé publique, à donner à l'organisateur de la campagne :

## croise campaign

campaign-not-here = il n'y a pas de campaign.toml dans le dossier courant ({ $folder }), où croise cherche le manifeste de la campagne par défaut. Ajoutez --campaign suivi de son chemin (par exemple --campaign campagne/campaign.toml), ou lancez croise depuis le dossier qui le contient
campaign-not-here-found = il n'y a pas de campaign.toml dans le dossier courant ({ $folder }), où croise cherche le manifeste de la campagne par défaut ; il y en a un dans { $found } : ajoutez --campaign { $found }
campaign-contact-spec = `{ $spec }` n'est pas un contact : écrivez --contact ID="Nom;téléphone;courriel"
campaign-contact-unknown = --contact désigne le participant `{ $id }`, qu'aucun --party ne déclare
campaign-created = Campagne « { $name } » créée dans { $dir }.
campaign-created-reference = date de référence : { $date }, âges de { $min } ans à moins de { $max } ans ce jour-là — vérifiez-la avant de rien envoyer
campaign-created-manifest = manifeste : { $path } (public : envoyez-le à chaque participant, coordinateur compris)
campaign-created-key-file = fichier de clé de { $party } : { $path } (à envoyer à { $party } seulement)
campaign-created-bound = limite de { $party } : { $max ->
        [one] { $count } jeune
       *[other] { $count } jeunes
    } au plus par fichier de jetons
campaign-created-fingerprint = empreinte de la clé : { $fingerprint } — chaque participant doit lire la même ; comparez-la au téléphone
campaign-created-digest = empreinte du manifeste : { $digest } — chaque participant et le coordinateur la comparent avec vous au téléphone
campaign-shown-as-written =
    (affiché tel qu'il est écrit ; son authenticité est vérifiée quand il sert avec une clé.
     Comparez l'empreinte du manifeste et les destinataires au téléphone avec l'organisateur.)
campaign-party-spec = --party `{ $spec }` : il faut ID:CÔTÉ:CLÉ_PUBLIQUE[:NOM], par exemple stemo-nancy:justice:age1…:STEMO de Nancy
manifest-title = Campagne « { $name } » ({ $id })
manifest-window = date de référence { $date }, âges de { $min } ans à moins de { $max } ans, schéma { $scheme }
manifest-fingerprint = empreinte de la clé { $fingerprint }
manifest-digest = empreinte du manifeste { $digest }
manifest-coordinator = destinataire du coordinateur { $recipient }
manifest-party = participant { $id } { $side } { $name }
manifest-check-code = code de contrôle { $code }
manifest-contact = contact { $contact }
manifest-party-recipient = destinataire { $recipient }
manifest-party-bound = au plus { $max ->
        [one] { $count } jeune
       *[other] { $count } jeunes
    } par fichier de jetons
manifest-opened = Campagne « { $name } » : date de référence { $date }, âges de { $min } ans à moins de { $max } ans

## croise check

check-source-campaign = celle de la campagne « { $name } »
check-source-given = indiquée
check-source-today = aujourd'hui ; indiquez --campaign ou --reference-date pour celle de la campagne
check-checking = Vérification de { $path }
check-reference = Date de référence : { $date } ({ $source })
check-list-unreadable = Verdict : inutilisable — croise ne peut pas lire cette liste (voir l'erreur ci-dessous).
check-row-unreadable = Verdict : inutilisable — une ligne ne peut pas être lue (voir l'erreur ci-dessous).
check-warning-sex = code de sexe non reconnu dans la colonne { $column } sur { $n ->
        [one] { $count } ligne
       *[other] { $count } lignes
    } : { $rows } (croise lit les codes comme M/F, H/F ou 1/2, et les mots masculin et féminin ; le sexe ne sert pas au rapprochement, ces lignes sont donc gardées)
check-warning-extra-cells = { $n ->
        [one] { $count } ligne a
       *[other] { $count } lignes ont
    } plus de cellules que la ligne d'en-tête : { $rows }. Dans un CSV, une valeur contenant le séparateur a pu décaler leurs colonnes : vérifiez ces lignes dans votre tableur
check-warning-nobody = personne n'est dans la tranche d'âge le { $date } : vérifiez la date de référence (--reference-date ou --campaign) et que la colonne { $column } contient bien des dates de naissance
check-warnings = Avertissements :
check-verdict = Verdict : { $verdict } — { $advice }
check-to-correct = { $list } perdrait trop de lignes ; voyez le verdict ci-dessus
check-advice-to-correct = croise écarterait { $rejected } des { $total } lignes ({ $share } %), plus que les { $max } % admis ; raison la plus fréquente : { $reason } (colonne { $column }). Ces jeunes ne pourraient pas être rapprochés : corrigez ces lignes dans votre tableur et relancez croise check. Si elles ne peuvent pas être corrigées, croise tokenize --accept-losses les laissera de côté.
check-unusable = { $list } ne peut pas être utilisée telle quelle ; voyez le verdict ci-dessus
check-format = Format : { $format }
check-header-row = Ligne d'en-tête : { $row }
check-header-row-skipped = Ligne d'en-tête : { $row } ({ $n ->
        [one] la ligne au-dessus est ignorée
       *[other] les { $count } lignes au-dessus sont ignorées
    })
check-columns = Colonnes :
check-column-usage-name-none = (aucune ; facultative)
check-column-sex-none = (aucune ; facultative, ne sert pas au rapprochement)
check-column-local-id-none = (aucune ; facultative : reveal retrouvera vos lignes par leur numéro dans l'instantané gardé par tokenize)
check-columns-unused = non utilisées
check-rows-read = Lignes lues : { $count }
check-usable = utilisables : { $count }
check-age = { $age } ans : { $count }
check-in-window = dans la tranche d'âge ({ $min } <= âge < { $max } le { $date }) : { $count }{ $by_age }
check-outside = hors de la tranche : { $young_n ->
        [one] { $young } plus jeune
       *[other] { $young } plus jeunes
    }, { $old_n ->
        [one] { $old } plus âgé
       *[other] { $old } plus âgés
    }
check-january-first = nés un 1er janvier : { $count } (date souvent inscrite quand la vraie date est inconnue : ces rapprochements sont moins sûrs)
check-rejected = écartées : { $count }
check-rejected-reason = { $reason } (colonne { $column }) : { $count } — { $n ->
        [one] ligne
       *[other] lignes
    } { $rows }
check-duplicates-none = Doublons probables : aucun
check-duplicates = Doublons probables (le même jeune selon la règle du coordinateur : même date de naissance, et noms identiques ou à une faute de frappe près, ou même premier prénom avec le nom d'usage ou une partie d'un nom composé) : { $n ->
        [one] { $count } groupe
       *[other] { $count } groupes
    }
check-duplicate-rows = lignes { $rows }
check-duplicates-more = et { $n ->
        [one] { $count } autre groupe
       *[other] { $count } autres groupes
    }
check-advice-usable = la liste peut servir telle quelle. Étape suivante : croise tokenize avec la même liste et les mêmes options.
check-advice-usable-with-warnings = la liste peut servir
check-advice-rejected = { $n ->
        [one] { " ;" } la ligne écartée sera laissée de côté. Pour l'inclure, corrigez-la dans votre tableur et relancez croise check
       *[other] { " ;" } les { $count } lignes écartées seront laissées de côté. Pour les inclure, corrigez-les dans votre tableur et relancez croise check
    }
check-advice-duplicates = { " ;" } les lignes d'un même jeune comptent pour un seul, et celles qui ont les mêmes nom et prénom reviennent sous un seul numéro de rapprochement, mais supprimez les lignes en trop s'il s'agit de la même personne
check-advice-end = .
check-advice-warned = { " " }Lisez les avertissements ci-dessus avant de produire les jetons.
check-advice-no-data = il n'y a aucune ligne de données sous l'en-tête (ligne { $row }). Vérifiez que vous avez exporté toute la liste.
check-advice-nobody = aucune ligne ne donne une personne. Vérifiez la liste et relancez croise check.
check-advice-mostly-rejected = { $rejected } lignes sur { $total } sont écartées, surtout pour : { $reason } (colonne { $column }). Si ce n'est pas la bonne colonne, corrigez la correspondance avec --column RÔLE=EN-TÊTE ou --columns-file ; sinon, corrigez ces lignes dans votre liste. Puis relancez croise check.

## croise tokenize

tokenize-rows-read = lignes lues :                     { $count }
tokenize-kept = gardées (dans la tranche d'âge) : { $count }
tokenize-outside = hors de la tranche d'âge :        { $count }
tokenize-rejected = écartées :                        { $count }
tokenize-rejected-reason = { $reason } (colonne { $column }) : { $count } — { $n ->
        [one] ligne
       *[other] lignes
    } { $rows }
tokenize-duplicates = doublons probables :              { $count } { $n ->
        [one] ligne ressemble
       *[other] lignes ressemblent
    } à une autre ligne de votre liste (le coordinateur compte chaque groupe comme un seul jeune)
tokenize-duplicates-skipped = doublons probables :              non recherchés au-delà de { $max } jeunes, pour ne pas doubler la durée ; croise check { $list } les recherche
tokenize-duplicate-rows = les lignes { $rows } semblent être le même jeune
tokenize-snapshot = Instantané de votre liste écrit dans { $path } (il contient des noms : gardez-le sur ce poste et ne l'envoyez jamais ; reveal s'en sert, vous pouvez donc modifier ou réenregistrer la liste).
tokenize-written = Fichier de jetons écrit : { $path } — envoyez-le au coordinateur.
tokenize-finish = { $rows_n ->
        [one] { $rows } ligne transformée
       *[other] { $rows } lignes transformées
    } en { $records_n ->
        [one] { $records } enregistrement
       *[other] { $records } enregistrements
    } et { $tokens_n ->
        [one] { $tokens } jeton
       *[other] { $tokens } jetons
    }

## croise match

match-partial = Attention : rapprochement partiel, sans fichier de jetons de { $parties } ; { $n ->
        [one] ses jeunes n'ont pas pu être rapprochés
       *[other] leurs jeunes n'ont pas pu être rapprochés
    }. Chaque fichier de résultat le dit.
match-written = Fichiers de résultat et résumé écrits dans { $dir }. Envoyez chaque PARTICIPANT.result.age à son participant, et à lui seul.
match-finish = { $records_n ->
        [one] { $records } enregistrement
       *[other] { $records } enregistrements
    } de { $parties_n ->
        [one] { $parties } participant
       *[other] { $parties } participants
    } { $records_n ->
        [one] rapproché
       *[other] rapprochés
    } ({ $candidates_n ->
        [one] { $candidates } paire candidate
       *[other] { $candidates } paires candidates
    }) : { $links_n ->
        [one] { $links } rapprochement
       *[other] { $links } rapprochements
    }
summary-submitted = Jeunes transmis :
summary-party = { $id } { $side } { $records_n ->
        [one] { $records } jeune,
       *[other] { $records } jeunes,
    } { $linked_n ->
        [one] { $linked } rapproché
       *[other] { $linked } rapprochés
    } (limite { $max })
summary-links = Rapprochements (sûrs / probables / à vérifier) :
summary-total = total : { $n ->
        [one] { $total } rapprochement
       *[other] { $total } rapprochements
    } ({ $sure_n ->
        [one] { $sure } sûr
       *[other] { $sure } sûrs
    }, { $probable_n ->
        [one] { $probable } probable
       *[other] { $probable } probables
    }, { $to_review } à vérifier)
summary-reasons = pourquoi pas sûrs (rapprochements) :
summary-reason = { $confidence }, { $reason } : { $count }

## croise reveal

reveal-format-conflict = --out se termine par .{ $extension } mais --format vaut { $format } : mettez-les d'accord
reveal-token-not-result = { $path } est un fichier de jetons, pas un fichier de résultat : c'est ce que tokenize a écrit pour le coordinateur. Indiquez avec --result le fichier { $party }.result.age que le coordinateur vous a renvoyé après le rapprochement
reveal-rows-linked = { $n ->
        [0] Aucune de vos lignes n'a été rapprochée.
        [one] { $count } de vos lignes a été rapprochée.
       *[other] { $count } de vos lignes ont été rapprochées.
    }
reveal-same-youth = rapprochement { $number } : les lignes { $rows } sont le même jeune (inscrit plusieurs fois dans votre liste)
reveal-confidence = { $confidence } : { $count }
reveal-reason = { $reason } : { $count }
reveal-partial = Attention : résultat partiel. { $n ->
        [one] La liste de { $parties } n'est pas parvenue au coordinateur : vos lignes n'ont pas pu être rapprochées de la sienne.
       *[other] Les listes de { $parties } ne sont pas parvenues au coordinateur : vos lignes n'ont pas pu être rapprochées des leurs.
    }
reveal-sizes = Jeunes transmis par chaque participant (et sa limite) :
reveal-size = { $id } { $side } { $records_n ->
        [one] { $records } jeune
       *[other] { $records } jeunes
    } (limite { $max })
outlier = Attention : les jeunes de { $party } ont été rapprochés de { $linked } des { $other } jeunes de l'autre côté ({ $percent } %), plus que les { $threshold } % qu'atteint une liste ordinaire. Ce participant a peut-être envoyé un dictionnaire de personnes probables : chaque résultat le signale ; interrogez-le avant d'agir sur ces rapprochements.
reveal-outlier = Attention : le coordinateur signale { $party } : ses jeunes ont été rapprochés de plus de { $threshold } % des jeunes de l'autre côté. Ce participant a peut-être envoyé un dictionnaire de personnes probables ; vérifiez avec le coordinateur avant d'agir sur les rapprochements.
reveal-from-snapshot = Lignes prises dans l'instantané gardé par tokenize ({ $path }) : les modifications faites depuis dans la liste ne comptent pas.
reveal-snapshot-list-differs = { $list } a changé depuis tokenize : croise a utilisé l'instantané gardé par tokenize ({ $path }), c'est-à-dire les lignes exactement telles qu'elles ont servi à produire les jetons.
reveal-no-snapshot = pas d'instantané de votre liste dans { $path }, et aucune liste indiquée. Indiquez la liste qui a servi à produire les jetons (croise reveal LISTE --result …), ou l'instantané écrit par tokenize (--snapshot FICHIER)
reveal-status-linked = rapproché
reveal-status-not-linked = non rapproché
reveal-status-out-of-window = hors de la tranche d'âge
reveal-status-rejected = écarté : { $reason } (colonne { $column })
reveal-all-rows-written = Toutes les lignes de votre liste écrites dans { $path } avec une colonne « Statut » : rapprochées { $linked }, non rapprochées { $not_linked }, écartées { $rejected }, hors de la tranche d'âge { $outside } (ce fichier contient des noms : gardez-le sur ce poste).
reveal-written = Lignes rapprochées écrites dans { $path } (ce fichier contient des noms : gardez-le sur ce poste).
reveal-finish = { $n ->
        [one] { $count } ligne rapprochée révélée
       *[other] { $count } lignes rapprochées révélées
    }

## croise demo

demo-not-empty = { $dir } n'est pas vide : indiquez à --keep un dossier nouveau ou vide
demo-intro = croise demo — personnes inventées uniquement. Dossier de travail : { $dir }
demo-step-identities = 1. Chaque participant crée son identité (une seule fois)
demo-recipient = { $who } clé publique { $recipient }…
demo-coordinator = coordinateur
demo-step-campaign = 2. L'organisateur (la STEMO de Nancy) crée la campagne
demo-manifest-to-all = Le manifeste va à tout le monde ; chaque fichier de clé va à son seul participant, chiffré pour lui.
demo-no-key = Le coordinateur ne reçoit aucune clé : il ne peut jamais recalculer un jeton.
demo-step-tokenize = 3. Chaque détenteur produit les jetons de sa propre liste, sur son propre poste
demo-reads = { $name } ({ $id }) lit { $path } :
demo-format = format : { $encoding }, séparateur { $delimiter }, en-tête en ligne { $row }
demo-sent = → { $path } ({ $size } octets, chiffré pour le coordinateur) envoyé au coordinateur
demo-step-match = 4. Le coordinateur rapproche les fichiers de jetons
demo-coordinator-sees = Ce que voit le coordinateur : des identifiants et des jetons illisibles, et ces comptages.
demo-handle = Par exemple, un identifiant de { $party } : { $handle } (il ne veut rien dire sans la liste).
demo-result-encrypted = Le résultat de chaque participant est chiffré pour lui seul.
demo-step-reveal = 5. Chaque détenteur révèle ses propres résultats, sur son poste
demo-flagged = { $name } — { $n ->
        [one] { $count } jeune signalé
       *[other] { $count } jeunes signalés
    } (écrits dans { $path }) :
demo-link = rapprochement { $number }  { $partner } { $confidence }  ligne { $row }  { $surname } { $given } ({ $birth })
demo-why = pourquoi pas sûr : { $reasons }
demo-end = L'éducateur et le conseiller parlent maintenant du « rapprochement 0001 », jamais d'un nom dans un courriel.

## croise sample et evaluate

sample-written = { $justice } lignes justice et { $mission_locale } lignes Mission Locale écrites ({ $links } vrais rapprochements, dont { $in_window } dans la tranche d'âge) dans { $dir } en { $elapsed }.
evaluate-size = --size `{ $size }` : il faut LIGNES_JUSTICE:LIGNES_MISSION_LOCALE, par exemple 1000:3000
evaluate-running = mesure { $preset } { $justice }×{ $mission_locale }…

## croise report

report-no-manifest-for = { $path } : ce résumé est celui de la campagne « { $name } » ({ $id }), et aucun manifeste de cette campagne n'a été donné (donnés : { $given }). Ajoutez --campaign avec le campaign.toml de cette campagne
report-needs-manifest = un rapport a besoin du manifeste de la campagne (--campaign)
report-no-summary-given = un rapport a besoin d'au moins un résumé de rapprochement
report-same-campaign-twice = { $first } et { $second } sont deux résumés de la même campagne « { $name } » : donnez un seul résumé par campagne (le dernier)
report-inconsistent = { $path } : { $problem }
summary-unknown-side = le participant `{ $party }` a un côté inconnu `{ $side }`
summary-pair-not-in-summary = il compte des rapprochements entre `{ $justice }` et `{ $mission_locale }`, qui ne sont pas une STEMO et une Mission Locale de ce résumé
summary-pair-twice = il compte deux fois les rapprochements entre `{ $justice }` et `{ $mission_locale }`
summary-bad-age = le participant `{ $party }` a des jeunes comptés sous l'âge `{ $age }`
summary-more-by-age = le participant `{ $party }` a plus de jeunes comptés par âge ({ $known }) que de jeunes ({ $records })
report-no-summary = Remarque : aucun résumé de la campagne « { $name } » n'a été donné ; son manifeste n'est pas utilisé.
report-already-exists = { $path } existe déjà ; croise ne remplace jamais un fichier existant. Choisissez un autre dossier (--out-dir) ou déplacez d'abord le rapport
report-cannot-write-page = impossible d'écrire la page du rapport
report-cannot-write-table = impossible d'écrire le tableau du rapport
report-on = Rapport sur { $n ->
        [one] { $count } campagne
       *[other] { $count } campagnes
    }, seuil { $threshold } :
report-campaign = { $name } (date de référence { $date }) : { $shown_n ->
        [one] { $shown } chiffre affiché <{ $threshold }
       *[other] { $shown } chiffres affichés <{ $threshold }
    }, { $masked_n ->
        [one] { $masked } masqué
       *[other] { $masked } masqués
    } pour les protéger
report-below-default = Attention : le seuil { $threshold } est inférieur à la règle habituelle de 5 ; le rapport le signale.
report-unprotectable = Attention : { $n ->
        [one] { $count } chiffre masqué peut encore être déduit
       *[other] { $count } chiffres masqués peuvent encore être déduits
    } des seules mentions (par exemple quatre « <{ $threshold } » sous un total « <{ $threshold } » valent 1 chacun). Aucun masquage ne peut l'empêcher ; seuls des organismes moins nombreux et plus grands le pourraient. Réfléchissez avant de diffuser.
report-page = page :    { $path }
report-table = tableau : { $path }

## Erreurs : une par variante typée de la bibliothèque. Elles nomment le
## fichier, la ligne et la colonne, jamais une valeur d'une liste, et
## finissent sur ce qu'il faut faire.

io-not-found = ce fichier ou ce dossier n'existe pas. Vérifiez son nom et le dossier dans lequel vous êtes
io-permission-denied = accès refusé. Vérifiez que vous avez le droit de lire ou d'écrire à cet endroit, et que le fichier n'est pas ouvert dans un autre programme
io-is-a-directory = c'est un dossier, pas un fichier
io-storage-full = le disque est plein
io-other = erreur du système ({ $error })
error-io = impossible de lire ou d'écrire { $path } : { $reason }
error-already-exists = { $path } existe déjà ; croise ne remplace jamais un fichier existant. Choisissez un autre nom (--out) ou déplacez d'abord ce fichier
error-not-encrypted = { $path } n'est pas un fichier chiffré de croise (il ne commence pas comme un fichier age){ $hint }
mangling-utf16 = { " :" } il a été réécrit en UTF-16, comme le fait Windows PowerShell avec `>`. Copiez le fichier lui-même (explorateur de fichiers, pièce jointe enregistrée) au lieu de rediriger la sortie
mangling-empty = { " :" } il est vide. Redemandez-le à son expéditeur
mangling-line-ends = { " :" } ses fins de ligne ont été modifiées (CRLF), comme le font un éditeur de texte ou une messagerie. Transmettez-le comme fichier joint, sans l'ouvrir ni le modifier
mangling-unknown = . Vérifiez que vous avez indiqué le bon fichier
error-not-for-this-identity = le fichier { $path } n'est pas destiné à votre identité : il a été chiffré pour un autre participant. Vérifiez que vous avez indiqué votre propre fichier d'identité (--identity) et le fichier qui vous est destiné
error-damaged = { $path } est abîmé ou incomplet (le déchiffrement a échoué au contrôle d'intégrité). Redemandez le fichier à son expéditeur
error-invalid-identity = { $path } n'est pas un fichier d'identité de croise : { $problem }
identity-not-text = ce n'est pas un fichier texte. Indiquez le fichier écrit par `croise identity new`
identity-utf16 = il a été réencodé en UTF-16, comme le fait Windows PowerShell avec `>`. Indiquez le fichier écrit par `croise identity new`, tel quel
identity-public-recipient = il contient une clé publique (age1…), pas l'identité secrète. Indiquez le fichier écrit par `croise identity new`
identity-not-secret-key = sa ligne de clé n'est pas une clé secrète age (AGE-SECRET-KEY-1…). Indiquez le fichier écrit par `croise identity new`
identity-several-keys = il contient plus d'une clé. Indiquez le fichier écrit par `croise identity new`, tel quel
identity-no-key = il ne contient aucune clé. Indiquez le fichier écrit par `croise identity new`
error-secret-key-given = vous avez donné une clé SECRÈTE (AGE-SECRET-KEY-…), pas une clé publique. Ne la collez nulle part ; si elle a circulé, créez une nouvelle identité. Donnez la clé publique (age1…) qu'affiche `croise identity show`
error-truncated-recipient = `{ $shown }` est incomplète (coupée) : une clé publique age a { $expected } caractères, celle-ci { $length }. Recopiez la ligne en entier, telle que l'affiche `croise identity show`
error-bad-recipient = `{ $shown }` n'est pas une clé publique age (elle commence par age1…). Recopiez en entier la ligne qu'affiche `croise identity show`
error-secret-file-too-open = { $path } peut être lu par d'autres utilisateurs de cet ordinateur ; il contient un secret. Réservez-le à vous seul (par exemple `chmod 600 { $path }`) et recommencez
error-no-randomness = le système n'a pas fourni de nombres aléatoires : croise ne peut pas tirer de secret. Relancez ; si cela persiste, signalez-le à votre service informatique
error-cannot-encrypt = le chiffrement a échoué (erreur d'écriture). Vérifiez la place libre et les droits du dossier, puis relancez
error-invalid-file = { $path } ne peut pas être utilisé ({ $reason }). Vérifiez que c'est le bon fichier ; sinon, redemandez-le à son expéditeur
error-not-text-utf16 = { $path } a été réécrit en UTF-16, comme le fait Windows PowerShell avec `>`. Copiez le fichier d'origine lui-même (explorateur de fichiers, pièce jointe enregistrée) au lieu de rediriger la sortie
error-not-text = { $path } n'est pas un fichier texte UTF-8 de croise. Vérifiez que c'est le bon fichier ; sinon, redemandez-le à son expéditeur
error-not-authentic = { $path } a été modifié, ou n'a pas été produit avec la clé de cette campagne (l'authentification a échoué). Redemandez le fichier d'origine à son expéditeur et transmettez-le sans l'ouvrir ni le modifier
error-other-campaign = { $path } appartient à une autre campagne ({ $found }), pas à celle-ci ({ $expected }). Vérifiez que le manifeste (--campaign) et les fichiers indiqués sont de la même campagne
error-other-key = { $path } a été produit avec une autre clé de campagne que celle du manifeste (empreinte { $found }, attendue { $expected }). Vérifiez que le manifeste et le fichier de clé viennent de la même campagne ; sinon, redemandez-les à l'organisateur
error-unsupported-format = { $path } : le format { $found } de ce fichier ({ $what }) n'est pas lu par cette version de croise (elle lit le format { $supported }){ $advice }
format-newer = { " :" } il a été produit par une version plus récente de croise. Tous les participants doivent utiliser la même version de croise
format-older = { " :" } il a été produit par une version plus ancienne de croise. Tous les participants doivent utiliser la même version de croise
error-manifest-not-issued = { $path } n'est pas le manifeste avec lequel { $issued_with } a été délivré : il a été modifié après la création de la campagne (son empreinte est { $digest }). Redemandez campaign.toml à l'organisateur et comparez son empreinte au téléphone (croise campaign show)
error-unknown-party = { $path } vient du participant `{ $party }`, qui n'est pas dans le manifeste de la campagne. Vérifiez que vous avez indiqué le bon manifeste (--campaign)
error-partial-campaign = aucun fichier de jetons de { $parties } : la campagne n'est pas complète. Attendez le fichier de chaque participant, ou rapprochez sans { $n ->
        [one] lui
       *[other] eux
    } avec --partial ({ $n ->
        [one] ses jeunes ne pourront pas être rapprochés
       *[other] leurs jeunes ne pourront pas être rapprochés
    }, et chaque résultat le dira)
error-too-many-lost = { $path } : croise laisserait de côté { $lost } de ses { $total } lignes ({ $reasons }), plus que les { $max } % qu'il laisse de côté sans qu'on le lui dise. Corrigez ces lignes dans votre tableur (croise check les liste) et relancez ; ou, si elles ne peuvent pas être corrigées, relancez avec --accept-losses : ces jeunes ne pourront pas être rapprochés
lost-reason = { $count } : { $reason }
error-manifest-field = { $path } : { $field } { $problem }. Ce manifeste a été modifié ou contrefait : demandez de nouveau campaign.toml à l'organisateur et comparez son empreinte par téléphone (croise campaign show)
manifest-field = le champ `{ $name }`
manifest-field-ages = les champs `min_age` et `max_age`
manifest-field-parties = la liste des participants
manifest-field-party = le champ `{ $name }` du participant { $party }
field-invalid-party-id = n'est pas un identifiant de participant valide (lettres minuscules, chiffres et tirets, 64 au plus)
field-unsafe-characters = contient des caractères de contrôle, de mise en forme ou de sens d'écriture, qui peuvent cacher ou réordonner ce qui est affiché
field-too-long = dépasse { $max } caractères
field-not-hex = n'est pas fait de { $digits } chiffres hexadécimaux
field-date-out-of-range = n'est pas une date entre 2000 et 2199
field-empty-window = donnent une tranche d'âge vide
field-not-recipient = n'est pas une clé publique age (age1…)
field-repeated = est identique à celui d'un autre participant
field-coordinator-recipient = est la clé publique du coordinateur
field-empty-contact = est vide (ni nom, ni téléphone, ni courriel)
field-not-phone = a un numéro de téléphone avec d'autres caractères que des chiffres, des espaces et + . - ( )
field-not-email = a une adresse de courriel sans exactement un @, ou avec une espace
field-no-party-on-side = ne contient aucun participant `{ $side }`
field-bound-out-of-range = n'est pas un nombre de jeunes de 1 à { $max }
error-duplicate-party = { $first } et { $path } viennent tous deux du participant `{ $party }`. Donnez un seul fichier de jetons par participant
error-over-bound = { $path } contient { $records_n ->
        [one] { $records } jeune
       *[other] { $records } jeunes
    }, plus que les { $max } que le manifeste accorde au participant `{ $party }` : un envoi plus grand que sa limite pourrait être un dictionnaire de personnes probables, il est refusé. Si la liste est vraiment plus grande, l'organisateur doit créer une nouvelle campagne avec une limite plus grande
error-list-over-bound = { $path } : { $records_n ->
        [one] { $records } ligne retenue
       *[other] { $records } lignes retenues
    }, plus que les { $max } que la campagne accorde au participant `{ $party }` ; le coordinateur refuserait le fichier de jetons. Vérifiez que c'est la bonne liste (seuls comptent les jeunes de la tranche d'âge de la campagne) ; si c'est le cas, demandez à l'organisateur une nouvelle campagne avec une limite plus grande (--max-records)
error-record-shape = { $path } contient un enregistrement qu'aucune personne ne donne : l'enregistrement { $record } a { $count } jetons de la sorte { $kind }, là où chaque enregistrement en a exactement { $max }. croise n'écrit jamais un tel fichier ; il a été fabriqué à la main, et il est refusé
error-counts-disagree = { $path } contredit son propre en-tête : { $records } jeunes, mais { $kept } lignes retenues ({ $detail }). croise n'écrit jamais un tel fichier ; il a été fabriqué ou modifié à la main, et il est refusé
counts-records-not-kept = chaque ligne retenue donne un jeune
counts-ages-not-kept = les lignes retenues par âge font { $by_age } en tout
counts-rows-not-read = { $rows_read } lignes lues, mais les lignes retenues, hors tranche d'âge et rejetées font { $accounted } en tout
error-other-scheme = { $path } utilise le schéma de clés `{ $found }`, mais cette version de croise et cette campagne utilisent `{ $expected }`. Tous les participants doivent utiliser la même version de croise ; pour une campagne plus ancienne, créez-en une nouvelle
error-list-changed = { $path } n'est pas la liste qui a servi à produire les jetons de ce résultat (son contenu est différent). La révélation a besoin exactement du même fichier, sans aucune modification : reprenez le fichier donné à `croise tokenize`
error-not-coordinator = { $path } : cette identité n'est pas celle du coordinateur de cette campagne. Indiquez le fichier d'identité du coordinateur avec --identity
error-wrong-kind = { $path } est { $found }, pas { $expected }. Vérifiez les fichiers indiqués et leur ordre
error-other-party = { $path } : ce résultat est destiné au participant `{ $party }`, pas à vous (`{ $you }`). Indiquez votre propre fichier de résultat (--result)
error-rows-missing = { $path } : { $n ->
        [one] { $count } ligne rapprochée de ce résultat n'est pas dans la liste
       *[other] { $count } lignes rapprochées de ce résultat ne sont pas dans la liste
    }. La révélation a besoin de la liste exactement telle qu'elle a servi à produire les jetons
error-snapshot-other = { $path } n'est pas l'instantané de votre liste pour cette campagne (il a été écrit pour une autre campagne ou un autre participant, ou c'est un autre fichier). Indiquez le PARTICIPANT.snapshot.age écrit par tokenize pour cette campagne (--snapshot), ou la liste elle-même
error-unknown-side = côté inconnu `{ $side }` : indiquez `justice` (STEMO/STEMOI) ou `mission-locale`
plan-bad-campaign-name = le nom de la campagne { $problem } ; retapez-le (--name)
plan-bad-contact = le contact du participant `{ $party }` { $problem } ; retapez-le (--contact { $party }="Nom;téléphone;courriel")
plan-bad-party-name = le nom du participant `{ $party }` { $problem } ; retapez-le (--party)
plan-no-name = la campagne a besoin d'un nom : ajoutez --name "…"
plan-empty-window = la tranche d'âge est vide : l'âge minimum { $min } n'est pas inférieur à l'âge maximum { $max }. Corrigez --min-age ou --max-age
plan-no-party-on-side = la campagne a besoin d'au moins un participant du côté `{ $side }` : ajoutez --party ID:{ $side }:CLÉ_PUBLIQUE
plan-bad-party-id = l'identifiant de participant `{ $id }` n'est pas valable : utilisez des minuscules sans accent, des chiffres et des tirets (par exemple stemo-nancy)
plan-party-twice = le participant `{ $id }` est indiqué deux fois : gardez un seul --party pour lui
plan-party-is-coordinator = le participant `{ $id }` a la clé publique du coordinateur : le coordinateur ne doit jamais détenir la clé de la campagne. Chaque participant doit avoir sa propre identité
plan-shared-recipient = le participant `{ $id }` a la même clé publique qu'un autre participant : chacun doit avoir sa propre identité (`croise identity new` sur son poste)
plan-bad-bound = la limite du participant `{ $id }` n'est pas un nombre de jeunes de 1 à { $max } (--max-records)
campaign-max-records-spec = « { $spec } » n'est pas de la forme ID=NOMBRE (par exemple ml-nancy=3000)
campaign-max-records-unknown = --max-records nomme `{ $id }`, qui n'est pas un participant (--party)
input-io = impossible de lire { $path } : { $reason }
input-workbook-too-large = { $path } est trop volumineux pour croise : { $limit }. Une liste lue par croise a au plus { $rows } lignes de { $columns } colonnes. Enregistrez la liste seule, en CSV ou dans un nouveau classeur, puis recommencez
workbook-limit-shared-strings = son texte (chaînes partagées) dépasse { $mb } Mo une fois décompressé
workbook-limit-part = l'une de ses parties dépasse { $mb } Mo une fois décompressée
workbook-limit-total = il dépasse { $mb } Mo une fois décompressé
workbook-limit-strings = il annonce plus de { $max } textes distincts
workbook-limit-row = la ligne { $row } a une cellule au-delà de la ligne { $max }, la dernière qu'un tableur puisse contenir
workbook-limit-column = la ligne { $row } a une cellule dans la colonne { $column }, au-delà de la colonne IV (la { $max }e)
workbook-limit-cells = la feuille a plus de { $max } cellules (comptées de la colonne A à la dernière cellule de chaque ligne)
input-empty = { $path } est vide. Exportez de nouveau votre liste depuis votre tableur ou votre logiciel métier
input-binary = { $path } ne ressemble pas à une liste : il contient des données binaires. Enregistrez-le depuis votre tableur en CSV ou en .xlsx, puis recommencez
input-not-a-spreadsheet = { $path } est une archive ou un document, pas un tableur que croise sait lire. Enregistrez votre liste en .xlsx, .ods ou CSV, puis recommencez
input-unreadable-workbook = { $path } semble être un { $kind } mais ne peut pas être lu : il est peut-être abîmé ou protégé par un mot de passe. Ouvrez-le dans votre tableur, enregistrez-en une copie sans mot de passe (en .xlsx ou en CSV), puis recommencez
input-no-such-sheet = { $path } : il n'y a pas de feuille « { $sheet } ». Feuilles de ce classeur : { $found }. Indiquez l'une d'elles à --sheet (son nom, ou son numéro : 1 pour la première)
input-empty-sheet = { $path } : la feuille « { $sheet } » est vide. Feuilles de ce classeur : { $found }. Choisissez celle qui contient la liste avec --sheet NOM
input-sheet-on-text = { $path } : --sheet ne s'applique qu'aux classeurs (.xlsx, .xls, .ods), et ce fichier est une liste CSV. Retirez --sheet
input-titles-read = . La première ligne contient : { $titles } ; indiquez les bonnes colonnes avec --column, par exemple --column nom="…" --column prenoms="…" --column date-naissance="…"
input-no-header = { $path } : aucune ligne d'en-tête dans les 30 premières lignes. croise cherche des titres de colonnes comme NOM, PRENOM, DATE DE NAISSANCE. Ajoutez une ligne de titres au-dessus des données, ou nommez les colonnes avec --column RÔLE=EN-TÊTE
input-no-header-in-sheet = { $path } : aucune ligne d'en-tête dans les 30 premières lignes de la feuille « { $sheet } ». croise cherche des titres de colonnes comme NOM, PRENOM, DATE DE NAISSANCE. Ajoutez une ligne de titres au-dessus des données, ou nommez les colonnes avec --column RÔLE=EN-TÊTE
input-other-sheets = . Ce classeur a d'autres feuilles ({ $sheets }) : si la liste est sur l'une d'elles, choisissez-la avec --sheet NOM
input-missing-column = { $path } : { $missing }
    (La ligne d'en-tête est la ligne { $row }.)
input-missing-one-column = la colonne { $role } est introuvable. En-têtes trouvés : { $found }. Indiquez à croise quelle colonne la contient, par exemple { $flag }, ou mettez la ligne `{ $line }` dans un fichier de correspondance donné avec --columns-file FICHIER
input-missing-columns = les colonnes { $roles } et { $last } sont introuvables. En-têtes trouvés : { $found }. Indiquez à croise quelles colonnes les contiennent, par exemple { $flags }, ou mettez ces lignes dans un fichier de correspondance donné avec --columns-file FICHIER :
    { "    " }{ $lines }
input-combined-column = la colonne « { $column } » semble contenir le nom et les prénoms ensemble, et croise a besoin de deux colonnes (aucune option --column ne peut en séparer une). Dans votre tableur, insérez une colonne vide à sa droite, sélectionnez la colonne et utilisez Données > Convertir (séparateur : espace), intitulez les deux colonnes NOM et PRENOM, enregistrez, puis relancez croise : il les trouve par ces titres (avec d'autres titres, ajoutez --column nom="TITRE" --column prenoms="TITRE"). En-têtes trouvés : { $found }
input-column-title = TITRE DE COLONNE
input-unknown-header = { $path } : la correspondance des colonnes nomme l'en-tête « { $header } », qui n'est pas dans le fichier. En-têtes trouvés : { $found }. Corrigez l'en-tête dans --column ou dans le fichier de correspondance
input-bad-override = --column `{ $spec }` : il faut RÔLE=EN-TÊTE, RÔLE étant surname (nom), usage-name (nom d'usage), given-names (prénoms), birth-date (date de naissance), sex (sexe) ou id (numéro de dossier) (par exemple --column birth-date="Né(e) le")
input-columns-file = { $path }, ligne { $line } : il faut RÔLE=EN-TÊTE, RÔLE étant surname (nom), usage-name (nom d'usage), given-names (prénoms), birth-date (date de naissance), sex (sexe) ou id (numéro de dossier) (par exemple birth-date=Né(e) le). Corrigez cette ligne
input-unclosed-quote = { $path } : ligne { $row }, colonne { $column } : un guillemet (") ouvert dans cette cellule n'est jamais fermé, si bien que les lignes suivantes ont été lues comme faisant partie de la cellule. Supprimez ce guillemet dans votre tableur ou votre éditeur de texte, enregistrez, puis recommencez
input-write-workbook = impossible d'écrire le classeur ({ $detail })

## La ligne de commande : erreurs de l'analyseur

parse-missing-argument = il manque { $arg } dans la commande.
parse-missing-command = indiquez une commande.
parse-unknown-argument = l'option ou l'argument `{ $arg }` n'existe pas pour cette commande.
parse-unknown-command = la commande `{ $command }` n'existe pas.
parse-did-you-mean = { " " }Vouliez-vous dire `{ $suggestion }` ?
parse-no-value = { $arg } attend une valeur.
parse-invalid-value = `{ $value }` n'est pas une valeur possible de { $arg }.
parse-possible-values = { " " }Valeurs possibles : { $values }.
parse-bad-value = la valeur `{ $value }` de { $arg } n'est pas valable.
parse-conflict = { $arg } ne peut pas être utilisé avec { $prior } : gardez l'un des deux.
parse-twice = { $arg } est indiqué deux fois.
parse-wrong-number = { $arg } a trop de valeurs, ou pas le bon nombre.
parse-usage = Utilisation : { $usage }
parse-more-help = Pour l'aide de la commande, ajoutez --help.

## La ligne de commande : l'aide (--help)

clap-usage-heading = Utilisation :
# clap ajoute « : » après un titre ; le français met une espace avant.
clap-commands-heading = Commandes{ " " }
clap-arguments-heading = Arguments{ " " }
clap-options-heading = Options{ " " }
clap-default = [par défaut : { $values }]
clap-possible-values = [valeurs possibles : { $values }]
clap-help = Afficher l'aide
clap-help-short = Afficher l'aide (plus de détails avec --help)
clap-help-long = Afficher l'aide (résumé avec -h)
clap-version = Afficher la version
clap-help-command = Afficher cette aide, ou celle des commandes indiquées
clap-help-command-arg = La commande dont afficher l'aide
value-command = COMMANDE
value-file = FICHIER
value-list = LISTE
value-dir = DOSSIER
value-name = NOM
value-date = DATE
value-lang = LANGUE
value-column = RÔLE=EN-TÊTE
value-token-file = FICHIER_DE_JETONS
value-summary = RÉSUMÉ
value-contact = ID="NOM;TÉLÉPHONE;COURRIEL"
value-recipient = CLÉ_PUBLIQUE
value-party = ID:CÔTÉ:CLÉ_PUBLIQUE[:NOM]

welcome =
    croise croise une liste STEMO/STEMOI et une liste de Mission Locale sans envoyer un seul nom.

    Pour commencer :
      croise ui                                tout faire dans votre navigateur (le plus simple)
      croise identity new --out identite.txt   créer votre identité (une seule fois)
      croise check VOTRE-LISTE.csv             vérifier que croise lit bien votre liste
      croise demo                              voir tout le déroulement sur des personnes inventées

    Le guide pas à pas : docs/guide-utilisateur.md. Toutes les commandes : croise --help
help-croise = Croiser des listes STEMO et Mission Locale sans échanger de noms.
help-croise-long =
    Croiser des listes STEMO et Mission Locale sans échanger de noms.

    Chaque détenteur de liste transforme sa liste en jetons sur son propre poste ; un coordinateur, qui ne détient jamais la clé de la campagne, rapproche les fichiers de jetons ; chaque détenteur révèle ses propres résultats sur son poste. Aucun nom, aucune date de naissance, aucun numéro de dossier ne quitte un poste.

    Pour commencer, tapez `croise demo` : tout le déroulement sur des personnes inventées. Le guide pas à pas est docs/guide-utilisateur.md.
arg-lang = Langue des messages [par défaut : français si votre système est en français, anglais sinon]
arg-quiet = N'afficher ni barre de progression ni ligne finale avec la durée
arg-quiet-long =
    N'afficher ni barre de progression ni ligne finale avec la durée.

    La progression ne s'affiche, sur la sortie d'erreur, que si c'est un terminal ; la ligne finale (comptages et durée, sur la sortie d'erreur) s'affiche sauf avec cette option.
arg-campaign = Le manifeste de la campagne
arg-key = Votre fichier de clé de campagne (PARTICIPANT.key.age), reçu de l'organisateur
arg-identity = Votre fichier d'identité (créé par `croise identity new`)
arg-coordinator-identity = Votre fichier d'identité (celui du coordinateur)
arg-column = Dire quelle colonne contient quoi, quand croise ne le devine pas : RÔLE=EN-TÊTE, RÔLE étant surname (nom), usage-name (nom d'usage), given-names (prénoms), birth-date (date de naissance), sex (sexe) ou id (numéro de dossier), par exemple --column birth-date="Né(e) le". `RÔLE=` seul : aucune colonne ne le contient. Répétez l'option pour chaque rôle
arg-columns-file = Un fichier de correspondance : une ligne RÔLE=EN-TÊTE par rôle, `#` pour un commentaire. Gardez-le à côté de votre liste pour le réutiliser à chaque fois
arg-sheet = La feuille du classeur à lire : son nom, ou son numéro (1 pour la première) [par défaut : la première feuille visible]
arg-reference-date = Date de référence de la tranche d'âge (AAAA-MM-JJ)

help-identity = Créer ou afficher votre identité (chaque participant, une seule fois)
help-identity-new = Créer votre fichier d'identité et afficher la clé publique à transmettre
help-identity-new-long =
    Créer votre fichier d'identité et afficher la clé publique à transmettre.

    Le fichier est secret : croise l'écrit lisible par vous seul, et refuse de s'en servir si d'autres peuvent le lire. Ne transmettez que la clé publique affichée (age1…), à l'organisateur de la campagne.
arg-identity-new-out = Où écrire le fichier d'identité secret
help-identity-show = Afficher la clé publique d'un fichier d'identité
arg-identity-show-identity = Votre fichier d'identité

help-campaign = Créer ou afficher une campagne (l'organisateur, un détenteur de liste)
help-campaign-new = Créer une campagne : le manifeste public et un fichier de clé par participant
help-campaign-new-long =
    Créer une campagne : le manifeste public et un fichier de clé par participant.

    Écrit DOSSIER/campaign.toml (public : à envoyer à chaque participant) et DOSSIER/keys/PARTICIPANT.key.age (chacun à envoyer à son seul participant ; chacun est chiffré pour lui). Le coordinateur ne reçoit aucun fichier de clé.

    Exemple :
      croise campaign new --name "Grand Est 2026-T4" --reference-date 2026-10-01 --party "stemo-nancy:justice:age1…:STEMO de Nancy" --party "ml-nancy:mission-locale:age1…:Mission Locale du Grand Nancy" --coordinator age1… --out campagne
arg-campaign-name = Nom de la campagne, vu par tous
arg-campaign-min-age = Âge le plus jeune gardé (compris), à la date de référence
arg-campaign-max-age = Âge à partir duquel les jeunes ne sont plus gardés (non compris)
arg-campaign-contact = Le référent que les partenaires appellent au sujet d'un rapprochement, pour le participant ID : ID="Nom;téléphone;courriel" (correspondant insertion, conseiller référent justice). Facultatif ; répétez l'option pour chaque participant
arg-campaign-party = Un détenteur de liste : ID:CÔTÉ:CLÉ_PUBLIQUE[:NOM], CÔTÉ étant `justice` ou `mission-locale`. Répétez l'option pour chaque détenteur
arg-campaign-max-records = La limite d'un participant : ID=NOMBRE, le plus grand nombre de jeunes que son fichier de jetons peut contenir ; `croise match` refuse un fichier plus grand. Répétez l'option pour chaque participant
arg-campaign-max-records-default = La limite des participants que --max-records ne nomme pas
arg-campaign-coordinator = La clé publique du coordinateur (age1…)
arg-campaign-out = Dossier où écrire la campagne (créé s'il n'existe pas)
help-campaign-show = Afficher un manifeste de campagne

help-check = Vérifier que croise lit bien votre liste, avant de produire les jetons (détenteur de liste)
help-check-long =
    Vérifier que croise lit bien votre liste, avant de produire les jetons (détenteur de liste).

    Affiche le format et les colonnes reconnus, combien de lignes sont dans la tranche d'âge à la date de référence, quelles lignes seraient écartées et pourquoi, les doublons probables, et un verdict. N'affiche que des numéros de ligne et des noms de colonne, jamais une valeur de la liste : vous pouvez copier sa sortie dans une demande d'aide.

    Code de sortie : 0 la liste peut être utilisée (utilisable, ou utilisable avec des avertissements) ; 1 elle est à corriger d'abord (plus de 2 % de ses lignes écartées), ne peut pas être utilisée, ou pas être lue.
arg-check-list = Votre liste (export CSV ou classeur : .xlsx, .xls, .ods)
arg-check-reference-date = Date de référence de la tranche d'âge (AAAA-MM-JJ) [par défaut : celle de la campagne, sinon aujourd'hui]
arg-check-campaign = Prendre la date de référence et la tranche d'âge dans ce manifeste de campagne (aucune clé nécessaire)
arg-check-all-rows = Afficher tous les numéros de ligne, pas seulement les premiers

help-tokenize = Transformer votre liste en fichier de jetons pour le coordinateur (détenteur de liste)
help-tokenize-long =
    Transformer votre liste en fichier de jetons pour le coordinateur (détenteur de liste).

    Lit la liste (CSV : `;`, `,` ou tabulation, UTF-8 ou Windows-1252 ; ou classeur : .xlsx, .xls, .ods), garde les jeunes de la tranche d'âge de la campagne, et écrit un fichier de jetons chiffré pour le seul coordinateur : aucun nom, aucune date, aucun numéro de dossier ne quitte votre poste. Il écrit aussi un instantané de la liste chiffré pour vous (PARTICIPANT.snapshot.age) : gardez-le sur votre poste et ne l'envoyez jamais ; `croise reveal` s'en sert, vous pouvez donc modifier la liste ensuite.
arg-tokenize-list = Votre liste (export CSV ou classeur). Lancez d'abord `croise check` dessus
arg-tokenize-accept-losses = Produire les jetons même si plus de 2 % des lignes sont écartées (ces jeunes ne pourront pas être rapprochés)
arg-tokenize-accept-losses-long = Produire les jetons même si plus de 2 % des lignes sont écartées.

    Sans cette option, croise refuse une liste qui perdrait plus de 2 % de ses lignes (les lignes hors de la tranche d'âge ne comptent pas), car ces jeunes ne pourraient jamais être rapprochés : corrigez les lignes que liste `croise check`, ou donnez cette option pour les laisser de côté.
arg-tokenize-snapshot = Où écrire l'instantané de votre liste dont reveal se sert, chiffré pour vous [défaut : à côté du fichier de jetons, X.snapshot.age pour X.tokens.age]
arg-tokenize-out = Où écrire le fichier de jetons [par défaut : PARTICIPANT.tokens.age à côté de la liste]

help-match = Rapprocher les fichiers de jetons d'une campagne (coordinateur)
help-match-long =
    Rapprocher les fichiers de jetons d'une campagne (coordinateur).

    Déchiffre chaque fichier de jetons avec votre identité ; refuse un fichier d'une autre campagne ou d'une autre clé, d'un participant absent du manifeste, ou un second fichier du même participant ; rapproche les deux côtés, chaque jeune au plus une fois ; écrit un fichier de résultat par participant, chiffré pour lui seul (PARTICIPANT.result.age), et un résumé qui ne contient que des comptages (summary.toml).
arg-match-token-files = Les fichiers de jetons reçus des détenteurs de liste
arg-match-partial = Rapprocher même si des participants n'ont pas envoyé leur fichier de jetons : leurs jeunes ne peuvent pas être rapprochés ; chaque fichier de résultat et le résumé les nomment, et la révélation de chaque participant le dit
arg-match-out-dir = Dossier des fichiers de résultat et du résumé

help-reveal = Voir quelles lignes de votre liste ont été rapprochées (détenteur de liste)
help-reveal-long =
    Voir quelles lignes de votre liste ont été rapprochées (détenteur de liste).

    Déchiffre votre fichier de résultat, reprend les lignes de votre liste dans l'instantané gardé par `croise tokenize` (ou, sans instantané, relit la liste : exactement le fichier donné à `croise tokenize`) et écrit les lignes rapprochées avec le numéro de rapprochement et l'organisme partenaire, en CSV UTF-8 avec BOM (séparateur `;` si votre liste l'utilise ou si croise parle français, sinon `,` annoncé par une ligne `sep=,`) ou en .xlsx pour un classeur, pour qu'Excel l'ouvre correctement. Avec le partenaire, parlez du « rapprochement 0042 », jamais d'un nom dans un courriel.
arg-reveal-list = Votre liste (facultative) : croise prend les lignes dans l'instantané gardé par tokenize s'il est à côté ; sinon il faut exactement le fichier donné à `croise tokenize`
arg-reveal-result = Votre fichier de résultat (PARTICIPANT.result.age), reçu du coordinateur
arg-reveal-snapshot = L'instantané de votre liste écrit par tokenize [défaut : PARTICIPANT.snapshot.age à côté de la liste, sinon dans le dossier courant]
arg-reveal-out = Où écrire les lignes rapprochées [par défaut : PARTICIPANT-links.csv ou PARTICIPANT-links.xlsx à côté de la liste]
arg-reveal-all-rows = Écrire toutes les lignes de votre liste, pas seulement les rapprochées, avec une colonne « Statut » : rapprochée (numéro, partenaire, confiance), non rapprochée, écartée et pourquoi, ou hors de la tranche d'âge [nom par défaut : PARTICIPANT-all-rows.csv]
arg-reveal-format = Format des lignes rapprochées : csv (UTF-8 avec BOM ; séparateur `;` si votre liste l'utilise ou si croise parle français, sinon `,`) ou xlsx (classeur Excel) [par défaut : comme votre liste, .xlsx pour un classeur ; ou selon la fin du nom donné à --out]

help-demo = Dérouler tout le croisement sur les listes d'exemple (personnes inventées)
help-demo-long =
    Dérouler tout le croisement sur les listes d'exemple (personnes inventées).

    Crée les identités de deux STEMO, de deux Missions Locales et d'un coordinateur, une campagne, puis joue chaque rôle dans un dossier temporaire et affiche ce que chacun voit. Toutes les personnes des listes d'exemple sont inventées.
arg-demo-keep = Garder les fichiers de la démonstration dans ce dossier (nouveau ou vide) au lieu d'un dossier temporaire, pour les regarder ensuite

help-sample = Produire des paires de listes inventées dont on connaît les vrais rapprochements
help-sample-long =
    Produire des paires de listes inventées dont on connaît les vrais rapprochements (pour les tests, la formation et les mesures).

    Écrit DOSSIER/justice.csv (comme un export PARCOURS : Windows-1252, `;`), DOSSIER/mission-locale.csv (comme un export I-Milo : UTF-8 avec BOM, `,`) et DOSSIER/truth.csv (quelles lignes sont la même personne, et quelles erreurs ont été introduites). Toutes les personnes sont inventées.
arg-sample-out = Dossier où écrire (créé s'il n'existe pas ; aucun fichier n'est remplacé)
arg-sample-preset = À quel point les listes sont désordonnées : clean (propres), realistic (réalistes) ou hard (difficiles)
arg-sample-justice-rows = Nombre de lignes de la liste justice
arg-sample-mission-locale-rows = Nombre de lignes de la liste Mission Locale
arg-sample-seed = Graine aléatoire : la même graine donne les mêmes fichiers

help-evaluate = Mesurer la qualité des rapprochements sur des listes inventées
help-evaluate-long =
    Mesurer la précision et le rappel sur des listes inventées dont on connaît les vrais rapprochements.

    Pour chaque niveau de difficulté et chaque taille, produit une liste justice et une liste Mission Locale, déroule tout le croisement (jetons, chiffrement, rapprochement, révélation) et compare les rapprochements à la vérité ; fait aussi la recherche en clair d'un tableur (nom + premier prénom + date de naissance), pour comparer. Affiche un tableau Markdown (en anglais).
arg-evaluate-preset = Niveaux de difficulté à mesurer (clean, realistic, hard)
arg-evaluate-size = Tailles à mesurer, sous la forme LIGNES_JUSTICE:LIGNES_MISSION_LOCALE
arg-evaluate-seed = Graine aléatoire du générateur
arg-evaluate-errors = Afficher aussi, par type d'erreur introduite, combien de vraies paires la portent et combien ont été manquées

help-report = Faire le rapport des comités à partir des résumés de rapprochement (coordinateur)
help-report-long =
    Faire le rapport des comités à partir des résumés de rapprochement (coordinateur).

    Vérifie chaque résumé (summary.toml produit par « croise match ») avec la clé d'authentification de sa campagne, puis écrit dans le dossier de sortie report.html — une page autonome (aucune ressource extérieure, lisible hors ligne, imprimable) avec les chiffres par organisme, par paire d'organismes, par niveau de confiance et par âge, et un graphique — et report.csv, les mêmes chiffres, un par ligne. Les effectifs de 1 à 4 sont affichés « <5 » et d'autres chiffres sont masqués pour qu'aucun ne puisse être recalculé à partir des totaux. Avec les résumés de plusieurs campagnes (trimestres), le rapport montre aussi l'évolution ; donnez le manifeste de chaque campagne avec son propre --campaign.

    Exemple :
      croise report results/summary.toml --campaign campaign.toml --identity coordinateur.txt --out-dir rapport-2026-T4
arg-report-summaries = Les résumés de rapprochement (summary.toml), un par campagne
arg-report-campaign = Le manifeste de campagne ; à répéter pour les résumés de plusieurs campagnes (chaque résumé est associé à son manifeste par l'identifiant de campagne)
arg-report-out-dir = Dossier de report.html et report.csv (créé au besoin ; un fichier existant n'est jamais remplacé)
arg-report-threshold = Les effectifs de 1 à N−1 sont masqués (affichés « <N »). Au moins 5, sauf avec --allow-threshold-below-5
arg-report-allow-threshold-below-5 = Autoriser un seuil inférieur à 5 : publie de plus petits groupes de personnes, une décision à justifier auprès du délégué à la protection des données

## croise ui : l'interface locale dans le navigateur

help-ui = Ouvrir l'interface de croise dans votre navigateur (sans ligne de commande)
help-ui-long =
    Ouvrir l'interface de croise dans votre navigateur, pour tout faire sans ligne de commande : votre identité, la campagne, la vérification de la liste, le fichier de jetons, le rapprochement et le résultat.

    L'interface ne répond qu'à cet ordinateur (adresse 127.0.0.1) et qu'à l'onglet ouvert avec son adresse secrète. Tout est rangé dans un dossier de travail (par défaut Documents/croise). Elle s'arrête avec Ctrl+C, ou d'elle-même quand plus aucune page n'est ouverte.
arg-ui-workspace = Le dossier de travail où tout est rangé (par défaut : Documents/croise de votre dossier personnel)
arg-ui-no-browser = Ne pas ouvrir le navigateur : écrire seulement l'adresse, sur la première ligne
arg-ui-idle = S'arrêter quand aucune page n'est restée ouverte pendant ce nombre de secondes
ui-started = Interface ouverte dans votre navigateur. Si rien ne s'ouvre, copiez l'adresse ci-dessus dans votre navigateur. Pour arrêter : Ctrl+C, ou fermez simplement toutes les pages de croise.
ui-started-no-browser = Ouvrez l'adresse ci-dessus dans votre navigateur. Pour arrêter : Ctrl+C.
ui-no-browser = Le navigateur n'a pas pu être ouvert : copiez l'adresse ci-dessus dans votre navigateur.
ui-workspace = Dossier de travail : { $path }
ui-double-click = croise s'ouvre dans votre navigateur. Cette fenêtre doit rester ouverte tant que vous utilisez croise ; la fermer arrête croise.
ui-stopped-ctrl-c = Interface arrêtée (Ctrl+C).
ui-stopped-idle = Interface arrêtée : plus aucune page de croise n'était ouverte.
ui-error-start = L'interface n'a pas pu démarrer sur cet ordinateur.
ui-error-workspace = Le dossier de travail n'a pas pu être créé.
ui-error-not-for-this-identity = le fichier { $path } n'est pas destiné à l'identité de ce poste : il a été chiffré pour un autre participant. Vérifiez que vous avez déposé le fichier qui vous est destiné, et que l'organisateur a bien reçu votre destinataire (page « Votre identité »)
ui-error-truncated-recipient = `{ $shown }` est incomplet (coupé) : un destinataire a { $expected } caractères, celui-ci { $length }. Copiez-le de nouveau en entier, avec le bouton « Copier » de la page « Votre identité »
ui-refused-host = Refusé : cette adresse n'est pas celle de l'interface croise.
ui-refused-origin = Refusé : la demande ne vient pas d'une page de l'interface croise.
ui-refused-session = Refusé : ouvrez croise avec l'adresse qu'il a donnée au démarrage.
ui-upload-failed = Le fichier n'a pas été reçu en entier. Déposez-le de nouveau.
ui-no-file = Aucun fichier n'a été déposé.
ui-skip = Aller au contenu
ui-tagline = croiser des listes sans échanger de noms
ui-footer = croise fonctionne sur cet ordinateur seulement : aucun nom, aucune date ne quitte ce poste. Les fichiers à envoyer sont chiffrés.
ui-home = Accueil
ui-not-found = Cette page n'existe pas.
ui-error = Erreur :
ui-copy = Copier
ui-copied = Copié
ui-print = Imprimer
ui-open-folder = Ouvrir le dossier
ui-folder-is = Dossier : { $path }
ui-job-title = Travail en cours
ui-job-starting = Démarrage…
ui-job-wait = Cette page se met à jour toute seule. Vous pouvez la laisser ouverte.
ui-job-panicked = croise s'est arrêté sur une erreur interne pendant ce travail. Rien n'a été écrit à moitié ; recommencez, et si cela se reproduit, signalez-le (sans joindre votre liste).
ui-job-failed = Le travail n'a pas abouti

ui-home-title = Qui êtes-vous ?
ui-home-intro = croise repère les jeunes de 16 à 18 ans suivis à la fois par une STEMO et par une Mission Locale, sans qu'aucune liste nominative ne soit envoyée. Choisissez votre rôle.
ui-home-no-identity = Première fois sur ce poste : créez d'abord votre identité. C'est elle qui permet de vous envoyer des fichiers chiffrés.
ui-role-stemo = STEMO / STEMOI
ui-role-stemo-text = Vous avez une liste de jeunes suivis par la PJJ.
ui-role-mission-locale = Mission Locale
ui-role-mission-locale-text = Vous avez une liste de jeunes suivis par la Mission Locale.
ui-role-organiser = Organisateur
ui-role-organiser-text = Vous créez la campagne et envoyez à chacun ce qu'il lui faut.
ui-role-coordinator = Coordinateur (DREETS, ARML)
ui-role-coordinator-text = Vous recevez les fichiers de jetons et faites le rapprochement.
ui-home-campaigns = Sur ce poste : { $holder } campagne(s) comme détenteur de liste, { $coordinator } comme coordinateur, { $organiser } comme organisateur.
ui-home-identity = Votre identité
ui-home-workspace = Votre dossier de travail
ui-home-workspace-text = Tous les fichiers de croise sont rangés ici :

ui-identity-title = Votre identité
ui-identity-none = Vous n'avez pas encore d'identité sur ce poste. Elle se crée une seule fois, d'un clic.
ui-identity-create = Créer mon identité
ui-identity-show = Voir mon identité
ui-identity-intro = Envoyez ce destinataire à l'organisateur de la campagne (par courriel, il n'est pas secret). Au téléphone, lisez-lui le code de contrôle : il doit lire le même.
ui-identity-recipient = Votre destinataire (public)
ui-identity-check-code = Code de contrôle à lire au téléphone :
ui-identity-kept = Votre identité secrète est gardée dans { $path }. Ne l'envoyez jamais à personne.

ui-organiser-title = Créer une campagne
ui-organiser-intro = Remplissez le formulaire, vérifiez, puis créez. croise prépare pour chaque participant un dossier prêt à envoyer, et la liste des empreintes à comparer au téléphone.
ui-organiser-campaign = La campagne
ui-organiser-name = Nom de la campagne
ui-organiser-date = Date de référence
ui-organiser-date-hint = L'âge de chaque jeune est calculé à cette date.
ui-organiser-min-age = Âge minimum (inclus)
ui-organiser-max-age = Âge maximum (exclu)
ui-organiser-ages = âges
ui-organiser-coordinator = Destinataire du coordinateur
ui-organiser-recipient-hint = Collez le destinataire reçu (il commence par age1). Le champ devient rouge s'il n'a pas la bonne forme.
ui-organiser-party = Participant { $number }
ui-organiser-party-name = Nom affiché (ex. STEMO de Nancy)
ui-organiser-party-id = Identifiant court (ex. stemo-nancy)
ui-organiser-party-side = Côté
ui-organiser-party-recipient = Destinataire du participant
ui-organiser-max = Nombre maximum de jeunes
ui-organiser-contact-name = Référent (nom)
ui-organiser-contact-phone = Téléphone
ui-organiser-contact-email = Courriel
ui-organiser-check = Vérifier
ui-organiser-create = Créer la campagne
ui-organiser-checked = Tout est en ordre. Vérifiez la date et les codes de contrôle, puis créez la campagne.
ui-organiser-reference = Date de référence : { $date } ; âges de { $min } ans à moins de { $max } ans ce jour-là.
ui-organiser-no-party = Ajoutez au moins un participant.
ui-organiser-bad-number = Le champ « { $field } » doit être un nombre entier.
ui-organiser-created-title = Campagne créée
ui-organiser-created = La campagne « { $name } » est créée.
ui-side-justice = STEMO / STEMOI (justice)
ui-side-mission-locale = Mission Locale
ui-checklist-title = Empreintes à comparer au téléphone
ui-checklist-intro = Appelez chaque participant et le coordinateur : ils lisent à voix haute ce que leur écran affiche, vous comparez avec ce tableau. Si un seul caractère diffère, n'allez pas plus loin.
ui-checklist-digest = Empreinte du manifeste :
ui-checklist-key = Empreinte de la clé :
ui-checklist-codes = Codes de contrôle des destinataires
ui-checklist-coordinator = Coordinateur
ui-checklist-file = empreintes-a-comparer.txt
ui-checklist-text-head =
    Campagne « { $campaign } » : empreintes à comparer au téléphone
    Empreinte du manifeste : { $digest }
    Empreinte de la clé : { $fingerprint }
    Codes de contrôle des destinataires :
ui-checklist-text-party =   { $party } : { $code }
ui-packs-title = Dossiers à envoyer
ui-packs-intro = Chaque dossier du sous-dossier « envoi » va à un seul destinataire : le manifeste, sa clé et une note de ce qu'il doit faire. Envoyez-les par votre messagerie habituelle ; la clé est chiffrée pour son seul destinataire.
ui-pack-note-file = A-LIRE.txt
ui-pack-note-holder =
    Campagne croise « { $campaign } » — pour { $party }

    Ce dossier contient le manifeste de la campagne (campaign.toml) et votre clé ({ $key }), chiffrée pour vous seul.

    Ce qu'il faut faire :
    1. Ouvrez croise (double-clic), choisissez votre rôle (STEMO ou Mission Locale), puis « Importer le dossier reçu » : déposez campaign.toml et { $key }.
    2. Appelez l'organisateur et comparez l'empreinte du manifeste affichée par croise : { $digest }
       et l'empreinte de la clé : { $fingerprint }
    3. Déposez votre liste (l'export Excel ou CSV de votre logiciel), corrigez ce que croise signale, puis « Préparer le fichier de jetons ».
    4. Envoyez le fichier de jetons au coordinateur. Il ne contient aucun nom ni aucune date.
    5. Quand le coordinateur vous renvoie votre résultat, déposez-le dans croise : vous verrez lesquels de vos jeunes sont aussi suivis par un partenaire, sous un numéro de rapprochement commun.

    Date de référence : { $date }.
ui-pack-note-coordinator =
    Campagne croise « { $campaign } » — pour le coordinateur

    Ce dossier contient le manifeste de la campagne (campaign.toml).

    Ce qu'il faut faire :
    1. Ouvrez croise (double-clic), choisissez « Coordinateur », puis importez campaign.toml.
    2. Appelez l'organisateur et comparez l'empreinte du manifeste affichée par croise : { $digest }
    3. Déposez les fichiers de jetons au fur et à mesure qu'ils arrivent, lancez le rapprochement, puis renvoyez à chaque participant son fichier de résultat.

    Date de référence : { $date }.

ui-holder-title = Votre liste (STEMO, Mission Locale)
ui-holder-no-identity = Créez d'abord votre identité et envoyez votre destinataire à l'organisateur : il en a besoin pour vous préparer votre clé.
ui-identity-ready = Votre identité est prête.
ui-holder-campaigns = Vos campagnes
ui-holder-import = Importer le dossier reçu de l'organisateur
ui-holder-import-text = L'organisateur vous a envoyé un dossier : le manifeste (campaign.toml) et votre clé (un fichier qui finit par .key.age).
ui-holder-pack = Les fichiers reçus
ui-holder-pack-hint = Glissez ici les deux fichiers ensemble, ou cliquez pour les choisir.
ui-holder-import-button = Importer
ui-holder-pack-no-manifest = Le manifeste (campaign.toml) manque parmi les fichiers déposés.
ui-holder-pack-no-key = La clé (un fichier qui finit par .key.age) manque parmi les fichiers déposés.
ui-holder-you-are = Vous participez comme : { $party }.
ui-holder-digest-hint = Comparez cette empreinte au téléphone avec l'organisateur avant d'envoyer quoi que ce soit.
ui-holder-step-list = 1. Votre liste
ui-holder-list-file = Votre liste (Excel ou CSV)
ui-holder-list-hint = L'export de votre logiciel, tel quel. Elle reste sur ce poste.
ui-holder-list-button = Vérifier cette liste
ui-holder-list-frozen = Le fichier de jetons est fait à partir de cette liste : elle ne peut plus être changée dans cette campagne.
ui-holder-step-tokens = 2. Le fichier de jetons
ui-holder-tokens-text = croise va transformer chaque jeune de la tranche d'âge en jetons chiffrés. Aucun nom, aucune date ne sort de ce poste.
ui-holder-accept-losses = Continuer même si plus de 2 % des lignes sont écartées (ces jeunes ne pourront pas être rapprochés)
ui-holder-tokens-button = Préparer le fichier de jetons
ui-holder-tokens-first = Déposez d'abord votre liste.
ui-holder-tokens-ready = Voici le fichier à envoyer au coordinateur :
ui-holder-tokens-send = Envoyez-le par votre messagerie habituelle. Il ne contient ni nom ni date, et seul le coordinateur peut l'ouvrir.
ui-holder-step-result = 3. Le résultat
ui-holder-result-file = Le résultat reçu du coordinateur
ui-holder-result-hint = Un fichier nommé { $party }.result.age.
ui-holder-result-button = Voir les jeunes rapprochés
ui-holder-result-first = Le résultat arrivera du coordinateur une fois tous les fichiers de jetons reçus.
ui-check-title = Ce que croise lit dans votre liste
ui-check-columns = Colonnes : changez-les si croise s'est trompé
ui-check-no-column = (aucune colonne)
ui-check-columns-button = Relire avec ces colonnes
ui-check-counts = Les lignes
ui-check-rows-read = lignes lues
ui-check-in-window = dans la tranche d'âge ({ $min } à moins de { $max } ans au { $date })
ui-check-too-young = trop jeunes
ui-check-too-old = trop âgés
ui-check-rejected = écartées (illisibles)
ui-check-rejected-title = Lignes écartées : { $count }, avec ce qu'elles contiennent
ui-check-fix-in-excel = Pour les corriger : ouvrez votre liste dans Excel, allez à la ligne indiquée, corrigez la cellule de la colonne nommée, enregistrez, puis déposez de nouveau la liste.
ui-check-verdict = Verdict :
ui-reveal-table = Vos jeunes rapprochés
ui-confidence-sure-means = même personne, sans doute raisonnable
ui-confidence-probable-means = très probablement la même personne
ui-confidence-to-review-means = à vérifier avec le partenaire avant d'agir
ui-export-title = Enregistrer le tableau
ui-export-what = Quelles lignes ?
ui-export-all = Toute la liste, avec l'état de chaque ligne
ui-export-links = Seulement les jeunes rapprochés
ui-export-xlsx = Enregistrer en Excel (.xlsx)
ui-export-csv = Enregistrer en CSV
ui-col-role = Information
ui-col-column = Colonne de votre liste
ui-col-row = Ligne
ui-col-why = Pourquoi
ui-col-match = N° rapprochement
ui-col-partner = Organisme partenaire
ui-col-contact = Contact partenaire
ui-col-reasons = Pourquoi pas sûr
ui-col-confidence = Confiance
ui-col-participant = Participant
ui-col-side = Côté
ui-col-check-code = Code de contrôle
ui-col-bound = Maximum
ui-col-pack = Dossier à envoyer
ui-col-expected-file = Fichier attendu
ui-col-arrived = Reçu
ui-col-records = Jeunes
ui-col-linked = Rapprochés

ui-coordinator-title = Coordination
ui-coordinator-no-identity = Créez d'abord votre identité et envoyez votre destinataire à l'organisateur.
ui-coordinator-import = Importer le manifeste reçu de l'organisateur
ui-coordinator-manifest = Le manifeste (campaign.toml)
ui-coordinator-manifest-hint = Glissez ici le fichier campaign.toml, ou cliquez pour le choisir.
ui-coordinator-import-button = Importer
ui-coordinator-files = Fichiers de jetons
ui-coordinator-files-caption = { $arrived } reçu(s) sur { $expected } attendu(s)
ui-coordinator-arrived = reçu
ui-coordinator-waiting = en attente
ui-coordinator-tokens = Fichiers de jetons reçus
ui-coordinator-tokens-hint = Glissez ici un ou plusieurs fichiers .tokens.age. Chacun est vérifié avant d'être gardé.
ui-coordinator-tokens-button = Ajouter
ui-coordinator-already = Le fichier de jetons de { $party } est déjà arrivé. Un participant n'envoie qu'un fichier ; s'il en a refait un, demandez-lui lequel garder.
ui-coordinator-match = Rapprochement
ui-coordinator-match-first = Le rapprochement sera possible dès qu'un fichier de jetons sera arrivé.
ui-coordinator-missing = { $n ->
        [one] Il manque le fichier de : { $parties }.
       *[other] Il manque les fichiers de : { $parties }.
    } Un rapprochement partiel ne trouvera pas les jeunes de ces listes, et chaque participant en sera averti.
ui-coordinator-partial-confirm = Je confirme : faire le rapprochement sans ces fichiers
ui-coordinator-match-button = Lancer le rapprochement
ui-coordinator-results = Les résultats à renvoyer
ui-coordinator-results-text = Renvoyez à chaque participant son fichier, et seulement le sien (chacun est chiffré pour son destinataire).
ui-coordinator-report = Rapport pour les comités
ui-coordinator-report-text = Le rapport donne les effectifs par organisme, les petits effectifs masqués (moins de 5).
ui-coordinator-report-button = Produire le rapport
ui-coordinator-report-page = Le rapport (page)
ui-coordinator-report-table = Le tableau (CSV)
