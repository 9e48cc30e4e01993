// Sample corpus, part 1: the quiet weeks (12 Oct – 17 Nov 2026) across the Sahel.
// Written for steppe; fictional events and people. [published, title, text]
export const BASELINE = [
  ['2026-10-12', 'Mali and Niger hold talks on border security', `BAMAKO, Oct 12 - Mali's foreign minister held talks with Niger's foreign minister in Bamako on Monday about patrols along their shared border.

"We face the same armed groups and we must answer them together," said Foreign Minister Abdoulaye Keita after the meeting.

The two governments agreed to set up a joint committee that will meet every month in Gao or Tillaberi.`],
  ['2026-10-13', 'Chad receives grain shipment for displaced families', `N'DJAMENA, Oct 13 - The World Food Programme delivered 4,000 tonnes of grain to Chad on Tuesday for families displaced by fighting in the east.

Aid workers in Abeche said the shipment would feed about 90,000 people until the end of the year. "The needs are growing faster than the funding," said Marie Dumont, the agency's country director.`],
  ['2026-10-14', 'Senegal and Mauritania sign gas cooperation deal', `NOUAKCHOTT, Oct 14 - Senegal and Mauritania signed an agreement on Wednesday to share revenue from an offshore gas field on their maritime border.

President Mohamed Ould Cheikh of Mauritania praised the deal as a model for the region. Senegal's energy minister said the first cargo would leave in the spring.`],
  ['2026-10-15', 'Gunmen kill three villagers in northern Burkina Faso', `OUAHIGOUYA, Oct 15 - Gunmen attacked a village near Titao in northern Burkina Faso on Thursday, killing three people, local officials said.

The army sent a patrol to the area after the attack. "People are afraid to go to their fields," said a local official, Issa Ouedraogo.`],
  ['2026-10-16', 'ECOWAS envoy visits Niamey', `NIAMEY, Oct 16 - An envoy of the Economic Community of West African States met Niger's prime minister in Niamey on Friday to discuss a timetable for elections.

The envoy, Amina Diallo, said the talks were frank. "The door of ECOWAS remains open to Niger," she told reporters.`],
  ['2026-10-19', 'Algeria offers to mediate in northern Mali', `ALGIERS, Oct 19 - Algeria offered on Monday to mediate between Mali's government and armed groups in the north of the country.

Algeria's foreign minister said his country was ready to host talks in Algiers. Mali's government has not yet answered the offer.`],
  ['2026-10-20', 'Protest over fuel prices in Bamako', `BAMAKO, Oct 20 - Hundreds of traders protested in Bamako on Tuesday against a sharp rise in fuel prices after attacks on supply convoys.

Police blocked the road to the ministry of trade. "We cannot feed our families when a litre costs this much," said Fatoumata Coulibaly, who sells vegetables at the central market.`],
  ['2026-10-21', 'France and Chad discuss military cooperation', `PARIS, Oct 21 - France's defence minister held talks with Chad's defence minister in Paris on Wednesday about training for Chadian troops.

"Chad remains a key partner in the fight against terrorism," the French minister said. The two countries agreed to keep a small training mission in N'Djamena.`],
  ['2026-10-22', 'Niger army says it killed militants near Tillaberi', `NIAMEY, Oct 22 - Niger's army said on Thursday that its troops attacked a militant camp near Tillaberi, killing fifteen fighters.

The army said two soldiers were wounded. Residents could not confirm the toll.`],
  ['2026-10-23', 'UN appeals for funds for Sahel refugees', `GENEVA, Oct 23 - The United Nations appealed on Friday for 300 million dollars to help refugees and displaced people in the central Sahel.

"Almost three million people have fled their homes in Burkina Faso, Mali and Niger," said a spokesman for the UN refugee agency, Peter Lindqvist.`],
  ['2026-10-26', 'Mauritania arrests smugglers on Mali border', `NEMA, Oct 26 - Mauritania's gendarmes arrested eleven suspected smugglers near the border with Mali on Monday and seized weapons and fuel, the interior ministry said.

The ministry said the group moved arms to militants in the Sahel.`],
  ['2026-10-27', 'Burkina Faso and Niger agree to share intelligence', `OUAGADOUGOU, Oct 27 - Burkina Faso and Niger agreed on Tuesday to share intelligence on armed groups along their border.

Burkina Faso's defence minister, Seydou Kabore, met his counterpart from Niger in Ouagadougou. "Our enemies do not respect borders, so neither will our cooperation," Kabore said.`],
  ['2026-10-28', 'Chad opposition leader detained', `N'DJAMENA, Oct 28 - Police in Chad arrested an opposition leader, Mahamat Abakar, in N'Djamena on Wednesday, his party said.

The party accused the government of silencing critics before local elections. The interior ministry said Abakar was held over a public order complaint.`],
  ['2026-10-29', 'Russia delivers helicopters to Mali', `BAMAKO, Oct 29 - Russia delivered two transport helicopters to Mali's air force on Thursday, Mali's defence ministry said.

"These aircraft will help us bring supplies to our troops in the north," Colonel Moussa Traore told state television.`],
  ['2026-11-02', 'Senegal hosts Sahel finance ministers', `DAKAR, Nov 2 - Finance ministers from Senegal, Mali, Niger and Mauritania held talks in Dakar on Monday about trade routes cut by insecurity.

Senegal's finance minister said the ministers agreed to lower fees at the port of Dakar for goods bound for Mali.`],
  ['2026-11-03', 'Floods destroy homes in southern Niger', `ZINDER, Nov 3 - Late floods destroyed more than 2,000 homes around Zinder in southern Niger, the government said on Tuesday.

The European Union pledged 5 million euros in emergency aid to Niger. "Families have lost their harvest and their homes in one night," said Hadiza Moussa, a Red Cross volunteer.`],
  ['2026-11-04', 'Mali accuses Algeria of interference', `BAMAKO, Nov 4 - Mali's government accused Algeria on Wednesday of interfering in its internal affairs after Algerian officials met leaders of northern armed groups.

"Mali will not accept lessons from its neighbours," said government spokesman Ibrahim Sangare. Algeria rejected the accusation.`],
  ['2026-11-05', 'Attack on market in central Mali', `MOPTI, Nov 5 - Militants attacked a weekly market near Mopti in central Mali on Thursday, killing five civilians, local officials said.

Mali's army said its troops pursued the attackers. The governor of Mopti called on residents to stay calm.`],
  ['2026-11-06', 'Burkina Faso receives Turkish drones', `OUAGADOUGOU, Nov 6 - Burkina Faso received a new batch of drones from Turkey on Friday, the army said.

"These machines will help our soldiers see the enemy before the enemy sees them," said Captain Adama Sawadogo at a ceremony at the air base in Ouagadougou.`],
  ['2026-11-09', 'Chad and Niger sign pipeline security pact', `N'DJAMENA, Nov 9 - Chad and Niger signed an agreement on Monday to protect an oil pipeline that crosses their territory toward Benin.

Chad's oil minister said troops of both countries would patrol the route.`],
  ['2026-11-10', 'Teachers strike in Niamey', `NIAMEY, Nov 10 - Teachers in Niger went on strike on Tuesday to demand four months of unpaid salaries, their union said.

"We have taught without pay since July," said union leader Oumarou Issa. The education ministry said it would pay one month before the end of November.`],
  ['2026-11-11', 'Mauritania and Mali hold talks on herders', `NOUAKCHOTT, Nov 11 - Mauritania's interior minister held talks with Mali's ambassador in Nouakchott on Wednesday after Malian soldiers detained Mauritanian herders near the border.

Mauritania demanded the release of the herders. Mali's ambassador promised an inquiry.`],
  ['2026-11-12', 'Roadside bomb hits bus near Dori', `DORI, Nov 12 - A roadside bomb hit a bus near Dori in north-eastern Burkina Faso on Thursday, killing four passengers, hospital staff said.

No group claimed the attack. Burkina Faso's army said it had strengthened escorts on the road from Kaya.`],
  ['2026-11-13', 'UN Security Council discusses Mali', `NEW YORK, Nov 13 - The UN Security Council held talks on the situation in Mali on Friday.

The United States called on Mali's government to protect civilians. Russia's ambassador said the council should respect Mali's sovereignty.`],
  ['2026-11-16', 'Niger reopens border with Benin', `NIAMEY, Nov 16 - Niger reopened its border with Benin on Monday after months of closure, allowing trucks to reach the port of Cotonou.

"This is good news for traders on both sides," said Benin's trade minister, Paul Hounkpe.`],
  ['2026-11-17', 'Chad refugees camp receives new arrivals', `ABECHE, Nov 17 - About 3,000 refugees from Sudan arrived in eastern Chad last week, the UN refugee agency said on Tuesday.

The agency asked donors for more water and shelter. Chad's government pledged land for a new camp near Abeche.`],
];
