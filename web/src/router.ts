import { createRouter, createWebHistory } from 'vue-router';
import BudgetPage from './pages/BudgetPage.vue';
import DashboardPage from './pages/DashboardPage.vue';
import IssuePage from './pages/IssuePage.vue';
import MeetingPage from './pages/MeetingPage.vue';
import MeetingsPage from './pages/MeetingsPage.vue';
import PrefecturePage from './pages/PrefecturePage.vue';
import HubsPage from './pages/HubsPage.vue';
import LoginPage from './pages/LoginPage.vue';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/hubs' },
    { path: '/login', name: 'login', component: LoginPage },
    { path: '/hubs', name: 'hubs', component: HubsPage },
    { path: '/hubs/:hubId', name: 'dashboard', component: DashboardPage, props: true },
    { path: '/hubs/:hubId/issues/:issueId', name: 'issue', component: IssuePage, props: true },
    { path: '/hubs/:hubId/budget', name: 'budget', component: BudgetPage, props: true },
    { path: '/hubs/:hubId/meetings', name: 'meetings', component: MeetingsPage, props: true },
    { path: '/hubs/:hubId/meetings/:meetingId', name: 'meeting', component: MeetingPage, props: true },
    { path: '/prefecture', name: 'prefecture', component: PrefecturePage },
  ],
});
