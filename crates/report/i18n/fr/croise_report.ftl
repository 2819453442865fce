# Le rapport des comités (croise report) : la page et le fichier CSV.
# Chaque message existe aussi dans ../en/croise_report.ftl (un test le vérifie).

## En-tête de la page

report-title = Croisement STEMO – Missions Locales
report-subtitle = Indicateurs partagés de la convention régionale (axe 3), sans aucun nom
campaign = Campagne
campaigns = Campagnes
reference-date = Date de référence
age-window-label = Âges retenus
age-window-one = { $min } ans révolus à la date de référence
age-window-range = de { $min } à { $last } ans révolus à la date de référence
generated = Rapport établi le
contents = Sommaire

## Secret statistique

threshold-note = Secret statistique : les effectifs de 1 à { $max } sont remplacés par « <{ $threshold } ». D’autres valeurs sont masquées (« s ») pour qu’aucun effectif caché ne puisse être recalculé à partir des totaux ; les pourcentages correspondants sont masqués aussi.
threshold-below-default = Attention : seuil inférieur à la règle habituelle de 5, choisi explicitement.
small-legend = effectif de 1 à { $max }
masked-legend = valeur masquée pour protéger un petit effectif
masked-symbol = s
not-applicable = sans objet
not-applicable-symbol = —

## Ce que disent les chiffres

meaning-title = Comment lire ces chiffres
meaning = Un rapprochement signifie qu’un même jeune figure à la fois sur la liste d’un STEMO et sur celle d’une Mission Locale : il est connu des deux services, qui peuvent désormais se parler de sa situation. Il ne dit pas que l’obligation de formation n’est pas respectée ; être connu d’une Mission Locale ne prouve pas non plus qu’elle l’est, car sa liste peut compter des jeunes signalés mais pas encore accompagnés. Un jeune sans rapprochement peut être scolarisé, apprenti ou en emploi. Le niveau de confiance dit la solidité de la correspondance entre les deux fiches, pas la situation du jeune : chaque rapprochement « à vérifier » est confirmé par les deux référents avant toute suite. Les effectifs de 1 à { $max } ne sont pas affichés (« <{ $threshold } ») et d’autres valeurs sont masquées pour qu’on ne puisse pas les recalculer : les cases visibles ne s’additionnent donc pas toujours jusqu’au total. Les dossiers transmis sont ceux des jeunes de la tranche d’âge à la date de référence, tels que chaque service les a exportés ; un même jeune peut y figurer deux fois.

## Chiffres clés

key-records = Dossiers transmis — { $side }
links = Rapprochements
no-names = Ce rapport ne contient que des effectifs : aucun nom, aucune date de naissance, aucun numéro de rapprochement.
absent =
    { $count ->
        [one] Organisation sans liste transmise
       *[other] Organisations sans liste transmises
    }

## Rapprochements

by-organisation = Rapprochements par organisation
by-organisation-intro = Dossiers transmis (jeunes de la tranche d’âge à la date de référence), rapprochements trouvés, tous niveaux de confiance confondus, et part des dossiers transmis qui ont été rapprochés.
chart-title = Rapprochements par organisation
chart-desc-intro = Diagramme en barres du nombre de rapprochements par organisation
by-pair = Rapprochements par couple STEMO × Mission Locale
by-pair-intro = Nombre de rapprochements entre chaque STEMO et chaque Mission Locale, tous niveaux de confiance confondus.
by-pair-shares = Part des dossiers rapprochés, par couple
by-confidence = Détail par niveau de confiance
by-confidence-pairs = Par couple d’organisations, puis par organisation et au total.
by-confidence-organisations = Le détail par couple ne peut pas être publié sans masquer des totaux : il est donné par organisation et au total.
by-confidence-campaign = Le détail par couple ou par organisation ne peut pas être publié sans masquer des totaux : il est donné pour l’ensemble de la campagne.
by-confidence-none = Le détail par niveau de confiance ne peut pas être publié sans masquer des totaux : seuls les totaux sont donnés.
by-confidence-legend = « sûr » : les éléments communs aux deux fiches rendent une coïncidence négligeable ; « probable » : très probablement la même personne, certains éléments diffèrent ; « à vérifier » : les éléments conviennent à plusieurs fiches, les deux référents confirment par téléphone avant toute suite. Les rapprochements sur une date de naissance au 1er janvier sont comptés ici au niveau trouvé par le coordinateur, qui ne voit aucune date ; chaque service les voit un niveau plus bas.

## Dossiers et qualité des listes

by-age = Dossiers transmis par âge à la date de référence
by-age-intro = D’après les effectifs que chaque fichier de jetons transporte : le coordinateur ne connaît l’âge d’aucun dossier.
quality = Qualité des listes transmises
quality-intro = Lignes lues mais non retenues par chaque organisation : rejetées (nom ou date de naissance absent ou illisible) ou hors de la tranche d’âge à la date de référence. Un nombre élevé de lignes rejetées appelle une vérification de l’export.
rejected = Lignes rejetées
out-of-window = Hors tranche d’âge
not-kept = Total non retenu

## Évolution

trend = Évolution d’une campagne à l’autre
trend-intro = Rapprochements par organisation et au total, campagne après campagne (même secret statistique).
trend-chart-title = Rapprochements au total par campagne
trend-by-organisation-title = Rapprochements par organisation et par campagne
trend-shares = Part des dossiers transmis rapprochés, par campagne
trend-shares-intro = Le nombre de dossiers transmis change d’une campagne à l’autre : c’est la part rapprochée qui se compare.
change = Évolution
change-points = Évolution (points)

## Colonnes et lignes des tableaux

organisation = Organisation
side = Réseau
partner = Mission Locale
records = Dossiers transmis
linked-share = Part rapprochée
share-of-justice = des dossiers du STEMO
share-of-mission-locale = des dossiers de la Mission Locale
trend-all-justice = Ensemble des dossiers des STEMO
trend-all-missions-locales = Ensemble des dossiers des Missions Locales
total = Total
all = Ensemble
all-justice = Ensemble des STEMO
all-missions-locales = Ensemble des Missions Locales
justice-plural = STEMO
missions-locales-plural = Missions Locales
side-justice = STEMO
side-mission-locale = Mission Locale
confidence-sure = sûr
confidence-probable = probable
confidence-to-review = à vérifier
age-years = { $age } ans
age-unknown = âge non compté

## Annexe technique

annex = Annexe technique
annex-intro = Ce qui permet de retrouver les fichiers dont viennent les chiffres ; inutile pour les lire.
run-date = Date du rapprochement
campaign-id = Identifiant de campagne
scheme = Version du schéma de clés
summary-tag = Étiquette d’authentification du résumé
threshold = Seuil du secret statistique
hidden-small =
    { $count ->
        [one] { $count } effectif affiché « <{ $threshold } »
       *[other] { $count } effectifs affichés « <{ $threshold } »
    }
hidden-masked =
    { $count ->
        [one] { $count } valeur masquée pour les protéger
       *[other] { $count } valeurs masquées pour les protéger
    }
hidden-label = Effectifs cachés
footer = Produit par croise { $version } à partir des résumés de rapprochement authentifiés.

## Fichier CSV : colonnes

csv-campaign = campagne
csv-campaign-id = id_campagne
csv-reference-date = date_reference
csv-run-date = date_rapprochement
csv-indicator = indicateur
csv-network = reseau
csv-organisation = organisation
csv-organisation-id = id_organisation
csv-partner = partenaire
csv-partner-id = id_partenaire
csv-age = age
csv-confidence = niveau_confiance
csv-value = valeur
csv-status = statut

## Fichier CSV : indicateurs et statuts

csv-records = dossiers transmis
csv-links = rapprochements
csv-share = part des dossiers transmis rapprochés (%)
csv-share-of-justice = part des dossiers du STEMO (%)
csv-share-of-mission-locale = part des dossiers de la Mission Locale (%)
csv-rejected = lignes rejetées
csv-out-of-window = lignes hors tranche d'âge
csv-not-kept = lignes non retenues
status-shown = publié
status-small = <{ $threshold }
status-masked = masqué
status-not-applicable = sans objet
