// Sample corpus, part 2: the last week (18–24 Nov 2026), a rise of violence in Burkina Faso.
// Written for steppe; fictional events and people. [published, title, text]
export const SURGE = [
  ['2026-11-18', 'Army convoy ambushed near Djibo', `DJIBO, Nov 18 - Gunmen ambushed an army supply convoy near Djibo in northern Burkina Faso on Wednesday, killing nine soldiers, security sources said.

"The convoy was attacked from both sides of the road," a security source said.`],
  ['2026-11-18', 'Niger and Chad hold talks with Burkina Faso', `NIAMEY, Nov 18 - Foreign ministers of Niger and Chad held talks with Burkina Faso's foreign minister in Niamey on Wednesday about the growing violence in northern Burkina Faso.

"What happens in Djibo today can happen in Tillaberi tomorrow," said Niger's foreign minister, Bakary Yaou.`],
  ['2026-11-19', 'Militants attack gendarmerie post in Arbinda', `ARBINDA, Nov 19 - Militants attacked a gendarmerie post in Arbinda in northern Burkina Faso on Thursday, killing six gendarmes, a local official said.

The attackers burned two vehicles before they fled toward the border with Mali.`],
  ['2026-11-19', 'Burkina Faso accuses Mali of sheltering militants', `OUAGADOUGOU, Nov 19 - Burkina Faso's government accused Mali on Thursday of sheltering the militants behind a wave of attacks in the north of the country.

"These attacks are planned on the other side of the border," said Prime Minister Joachim Sawadogo. Mali's government rejected the accusation.`],
  ['2026-11-19', 'Thousands flee villages around Kaya', `KAYA, Nov 19 - Thousands of people fled villages around Kaya in central Burkina Faso this week after armed men threatened to burn their homes, aid workers said.

"They told us to leave within three days or die," said Aminata Zongo, who walked forty kilometres with her five children.`],
  ['2026-11-20', 'Soldiers killed in attack on Gorom-Gorom base', `GOROM-GOROM, Nov 20 - Gunmen attacked a military base in Gorom-Gorom in northern Burkina Faso on Friday, killing eleven soldiers, the army said.

The army said its aircraft struck the attackers as they withdrew.`],
  ['2026-11-20', 'EU pledges aid to Burkina Faso', `BRUSSELS, Nov 20 - The European Union pledged 20 million euros in humanitarian aid to Burkina Faso on Friday for people displaced by the fighting.

"Civilians are paying the highest price," said EU commissioner Lena Hoffmann.`],
  ['2026-11-20', 'Protesters demand security in Ouagadougou', `OUAGADOUGOU, Nov 20 - Hundreds of protesters marched in Ouagadougou on Friday to demand better protection for villages in the north.

Police fired tear gas at the crowd near the national assembly. "Our brothers die every day and nobody answers," said student leader Rasmane Kafando.`],
  ['2026-11-21', 'Attack on church near Kongoussi', `KONGOUSSI, Nov 21 - Gunmen attacked a church near Kongoussi in central Burkina Faso during a Saturday service, killing seven worshippers, a priest said.

"They came on motorbikes and shot at everyone," said Father Paul Ilboudo.`],
  ['2026-11-21', 'Burkina Faso army says it killed forty militants', `OUAGADOUGOU, Nov 21 - Burkina Faso's army said on Saturday that its troops attacked militant positions near Titao and killed about forty fighters.

The claim could not be verified. The army said three soldiers died in the operation.`],
  ['2026-11-21', 'Mali rejects accusations from Burkina Faso', `BAMAKO, Nov 21 - Mali's government rejected on Saturday accusations by Burkina Faso that militants use Malian territory to prepare attacks.

"Mali is itself a victim of these terrorists," government spokesman Ibrahim Sangare said. He called for joint patrols along the border.`],
  ['2026-11-21', 'Water station attacked in Dori', `DORI, Nov 21 - Militants attacked a water pumping station in Dori on Saturday, cutting supplies to about 50,000 residents, the water utility said.

The utility said repairs could take two weeks.`],
  ['2026-11-21', 'ECOWAS condemns attacks in Burkina Faso', `ABUJA, Nov 21 - The Economic Community of West African States condemned on Saturday the wave of attacks in Burkina Faso and called on its members to send help.

"No country can face this alone," said ECOWAS commission president Omar Touray.`],
  ['2026-11-22', 'Militants storm town of Djibo', `DJIBO, Nov 22 - Hundreds of militants attacked the town of Djibo in northern Burkina Faso on Sunday, killing at least twenty-five civilians and soldiers, local officials said.

Fighting went on for several hours before the army pushed the attackers back. "The town is surrounded and food is running out," said Djibo's mayor, Boureima Dicko.

Burkina Faso's defence minister, Seydou Kabore, said reinforcements were on their way. "We will not abandon Djibo," Kabore said.`],
  ['2026-11-22', 'Police arrest suspects in Ouagadougou', `OUAGADOUGOU, Nov 22 - Police in Burkina Faso arrested fourteen people in Ouagadougou on Sunday on suspicion of supplying weapons to armed groups, the security ministry said.`],
  ['2026-11-22', 'Bridge destroyed on road to Fada', `FADA N'GOURMA, Nov 22 - Militants blew up a bridge on the road between Fada N'Gourma and Kantchari in eastern Burkina Faso on Sunday, cutting the main route to Niger.

"Trucks are stuck on both sides," said a transport union official, Moussa Compaore.`],
  ['2026-11-22', 'UN warns of hunger in besieged towns', `GENEVA, Nov 22 - The United Nations warned on Sunday that more than a million people in besieged towns of Burkina Faso face hunger.

"Convoys cannot reach Djibo, Arbinda and Diapaga," said UN spokeswoman Sara Bianchi.`],
  ['2026-11-22', 'France urges its citizens to leave northern Burkina Faso', `PARIS, Nov 22 - France urged its citizens on Sunday to leave northern and eastern Burkina Faso because of the attacks.

Burkina Faso's government criticised the warning. "Paris spreads panic instead of helping," said Prime Minister Joachim Sawadogo.`],
  ['2026-11-22', 'Gunmen kill teachers near Diapaga', `DIAPAGA, Nov 22 - Gunmen killed four teachers near Diapaga in eastern Burkina Faso on Sunday, the education ministry said.

The ministry closed thirty schools in the area.`],
  ['2026-11-23', 'Burkina Faso mobilises reservists', `OUAGADOUGOU, Nov 23 - Burkina Faso's government ordered on Monday the general mobilisation of army reservists to face the attacks in the north and east.

"Every citizen must stand with our soldiers," said President Ibrahim Kone in a speech on national television.`],
  ['2026-11-23', 'Niger sends troops to help Burkina Faso', `NIAMEY, Nov 23 - Niger deployed 500 troops to eastern Burkina Faso on Monday to help secure the road to Fada N'Gourma, Niger's defence ministry said.

"Our soldiers will fight side by side with our brothers of Burkina Faso," said Niger's defence minister, Salifou Mody.`],
  ['2026-11-23', 'Attack on convoy of traders near Ouahigouya', `OUAHIGOUYA, Nov 23 - Gunmen attacked a convoy of traders near Ouahigouya in northern Burkina Faso on Monday, killing eight drivers, witnesses said.

"They burned the trucks with the goods inside," said trader Salam Tapsoba.`],
  ['2026-11-23', 'Russia pledges military support to Burkina Faso', `MOSCOW, Nov 23 - Russia pledged on Monday to send military instructors and equipment to Burkina Faso, Russia's foreign ministry said.

Burkina Faso's foreign minister, Karamoko Traore, held talks with Russia's foreign minister in Moscow.`],
  ['2026-11-23', 'Mali and Burkina Faso agree joint patrols', `BAMAKO, Nov 23 - Mali and Burkina Faso agreed on Monday to launch joint patrols along their border after days of angry words.

"We have the same enemy," Mali's foreign minister, Abdoulaye Keita, said after meeting his counterpart from Burkina Faso.`],
  ['2026-11-24', 'Drone strike hits militant column', `OUAGADOUGOU, Nov 24 - Burkina Faso's air force struck a militant column near Arbinda on Tuesday, the army said.

The army said the militants were preparing to attack the town again.`],
  ['2026-11-24', 'Human rights group accuses army of abuses', `OUAGADOUGOU, Nov 24 - A human rights group accused Burkina Faso's army on Tuesday of killing civilians during operations near Titao.

"Soldiers executed at least twelve men in front of their families," said Aissata Barry of the Sahel Rights League. The army denied the accusation.`],
  ['2026-11-24', 'Refugees from Burkina Faso arrive in Ghana', `ACCRA, Nov 24 - About 4,000 refugees from Burkina Faso crossed into northern Ghana last week, Ghana's interior ministry said on Tuesday.

Ghana's government appealed for international aid to shelter them.`],
];

/** The wire story of 22 Nov, copied by several outlets (exact copies and light edits). */
export const WIRE = {
  published: '2026-11-22',
  title: 'Burkina Faso says attackers came from Mali',
  text: `OUAGADOUGOU, Nov 22 (Sahel Wire) - Burkina Faso's government accused Mali on Sunday of letting militants cross the border before the attack on Djibo, and threatened to close the frontier.

"We have proof that the columns that attacked Djibo came from Mali," said Prime Minister Joachim Sawadogo at a news conference in Ouagadougou.

Mali's foreign ministry rejected the accusation. "Burkina Faso must look for its enemies at home," said spokesman Ibrahim Sangare.

Burkina Faso's army said fighting continued on Sunday around Djibo, where thousands of civilians are trapped.`,
  outlets: ['sahelwire.example', 'westafricadaily.example', 'lefaso-news.example', 'bamako-post.example', 'niamey-today.example'],
  /** light edits applied to the last copies: [find, replace] */
  edits: [
    [['Sahel Wire', 'WA Daily'], ['at a news conference in Ouagadougou', 'at a press conference in the capital']],
    [['Sahel Wire', 'Niamey Today'], ['where thousands of civilians are trapped', 'where thousands of civilians remain trapped']],
  ],
};
